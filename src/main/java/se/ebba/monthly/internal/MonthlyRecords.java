package se.ebba.monthly.internal;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.ebba.application.domain.ApplicationId;
import se.ebba.casefile.domain.CaseId;
import se.ebba.monthly.domain.ChecklistItem;
import se.ebba.monthly.domain.MonthlyApplication;
import se.ebba.monthly.domain.MonthlyDocumentRequest;

/** The monthly applications' versions, statements, deposits and document requests, and the checklist; append-only, unchecked. */
public interface MonthlyRecords {

    List<ChecklistItem> checklist();

    /** Adds a version with what the completeness check found missing when it was recorded. */
    void add(MonthlyApplication version, List<String> missing);

    /** The newest version of the application. */
    Optional<MonthlyApplication> current(ApplicationId applicationId);

    /** The newest version of each of the case's monthly applications, newest month first. */
    List<MonthlyApplication> currentOfCase(CaseId caseId);

    /** The newest version of the month's application of each case that has one, with what was missing then. */
    Map<CaseId, Recorded> currentOfMonth(Collection<CaseId> cases, YearMonth month);

    /** A version as recorded, with what was missing when it was. */
    record Recorded(MonthlyApplication version, List<String> missing) {
    }

    void add(MonthlyDocumentRequest request, CaseId caseId, java.util.UUID by);

    /** The application's requests, oldest first. */
    List<MonthlyDocumentRequest> requests(ApplicationId applicationId);
}
