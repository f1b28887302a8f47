package se.ebba.monthly;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import se.ebba.application.Applications;
import se.ebba.application.domain.ApplicationState;
import se.ebba.audit.AccessAction;
import se.ebba.casefile.CaseFiles;
import se.ebba.casefile.CaseSummary;
import se.ebba.casefile.domain.CaseId;
import se.ebba.casefile.domain.CaseState;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.UnitView;
import se.ebba.identity.domain.UnitId;
import se.ebba.monthly.domain.ApplicationWindow;
import se.ebba.monthly.domain.MonthStatus;
import se.ebba.monthly.domain.MonthlyApplication;
import se.ebba.monthly.domain.MonthlyDocumentRequest;
import se.ebba.monthly.internal.MonthlyRecords;
import se.ebba.shared.NotFoundException;

/**
 * Månadens ansökningar: every ongoing case of a unit with where its application for the benefit month
 * is (not received, received and whether late, incomplete with what is missing and the request's due
 * day, complete, decided). One list row in the access log naming the cases shown.
 */
@Service
public class MonthOverviews {

    private final MonthlyRecords records;
    private final Applications applications;
    private final ApplicationWindows windows;
    private final CaseFiles caseFiles;
    private final Clock clock;

    MonthOverviews(MonthlyRecords records, Applications applications, ApplicationWindows windows, CaseFiles caseFiles, Clock clock) {
        this.records = records;
        this.applications = applications;
        this.windows = windows;
        this.caseFiles = caseFiles;
        this.clock = clock;
    }

    /** One ongoing case and its month. */
    public record Row(CaseSummary caseSummary, MonthStatus status, Optional<MonthlyApplication> application, List<String> missing,
                      Optional<MonthlyDocumentRequest> request, boolean overdue) {

        public boolean late() {
            return application.map(MonthlyApplication::late).orElse(false);
        }
    }

    public record Overview(UnitView unit, List<UnitView> units, YearMonth month, ApplicationWindow window, boolean onlyMine,
                           List<Row> rows, LocalDate today) {

        public long count(MonthStatus status) {
            return rows.stream().filter(r -> r.status() == status).count();
        }

        public long lateCount() {
            return rows.stream().filter(Row::late).count();
        }

        /** The window has closed and the month's application has not come in. */
        public boolean windowClosed() {
            return today.isAfter(window.closesOn(month));
        }
    }

    /** The unit's ongoing cases (or only the user's own) for the benefit month. */
    public Overview overview(UnitId unit, YearMonth month, boolean onlyMine, CurrentUser user) {
        List<UnitView> units = caseFiles.unitsOf(user);
        UnitView shown = units.stream().filter(u -> u.id().equals(unit)).findFirst()
                .orElseThrow(() -> new NotFoundException("Enheten finns inte eller är inte din."));
        LocalDate today = LocalDate.now(clock);
        List<Row> rows = caseFiles.showList(user, AccessAction.LIST_MONTHLY_APPLICATIONS, "månadens ansökningar",
                () -> rows(unit, month, onlyMine, user, today), r -> r.caseSummary().id());
        return new Overview(shown, units, month, windows.forMonth(unit, month), onlyMine, rows, today);
    }

    private List<Row> rows(UnitId unit, YearMonth month, boolean onlyMine, CurrentUser user, LocalDate today) {
        List<CaseSummary> cases = caseFiles.openCases(unit, onlyMine ? Optional.of(user.id()) : Optional.empty(), user).stream()
                .filter(c -> c.state() == CaseState.OPEN_ONGOING).toList();
        Map<CaseId, MonthlyRecords.Recorded> ofMonth = records.currentOfMonth(cases.stream().map(CaseSummary::id).toList(), month);
        return cases.stream().map(c -> row(c, Optional.ofNullable(ofMonth.get(c.id())), today)).toList();
    }

    private Row row(CaseSummary c, Optional<MonthlyRecords.Recorded> recorded, LocalDate today) {
        if (recorded.isEmpty()) {
            return new Row(c, MonthStatus.NOT_RECEIVED, Optional.empty(), List.of(), Optional.empty(), false);
        }
        MonthlyApplication version = recorded.get().version();
        ApplicationState state = applications.application(c.id(), version.applicationId()).state();
        MonthStatus status = MonthStatus.of(Optional.of(state));
        List<MonthlyDocumentRequest> requests = records.requests(version.applicationId());
        Optional<MonthlyDocumentRequest> request = status == MonthStatus.INCOMPLETE && !requests.isEmpty()
                ? Optional.of(requests.getLast()) : Optional.empty();
        return new Row(c, status, Optional.of(version), status == MonthStatus.INCOMPLETE ? recorded.get().missing() : List.of(), request,
                request.map(r -> r.overdueOn(today)).orElse(false));
    }
}
