package se.ebba.controls;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.ebba.audit.AccessAction;
import se.ebba.audit.AccessEvent.Subject;
import se.ebba.audit.AccessEvent.SubjectType;
import se.ebba.casefile.CaseDetails;
import se.ebba.casefile.CaseFiles;
import se.ebba.casefile.CaseSummary;
import se.ebba.casefile.domain.CaseAccessPolicy;
import se.ebba.casefile.domain.CaseContent;
import se.ebba.casefile.domain.CaseId;
import se.ebba.casefile.domain.CaseState;
import se.ebba.casefile.domain.HouseholdRole;
import se.ebba.controls.domain.CheckId;
import se.ebba.controls.domain.ControlMark;
import se.ebba.controls.domain.ControlResult;
import se.ebba.controls.domain.Marks;
import se.ebba.controls.domain.UnitCalendar;
import se.ebba.controls.internal.CalendarVersions;
import se.ebba.controls.internal.ControlMarks;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.domain.Role;
import se.ebba.identity.domain.UnitId;
import se.ebba.shared.InvalidInputException;

/**
 * The controls calendar's API: which checks of the unit's calendar are due for which households of
 * the ongoing cases, per caseworker and month (Årshjul), per case (the block on the case page), and
 * for other modules ({@link #dueFor}); and the caseworker's mark that a check was done. Cases are
 * reached only through {@link CaseFiles}, which checks the unit and the role and writes one access
 * log row per view or change.
 */
@Service
public class ControlsCalendar {

    /** How far back an undone check counts as overdue, and how far ahead the case's block looks. */
    static final int WINDOW_MONTHS = 11;
    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private final CaseFiles caseFiles;
    private final CalendarVersions calendars;
    private final ControlMarks marks;
    private final Clock clock;

    ControlsCalendar(CaseFiles caseFiles, CalendarVersions calendars, ControlMarks marks, Clock clock) {
        this.caseFiles = caseFiles;
        this.calendars = calendars;
        this.marks = marks;
        this.clock = clock;
    }

    /**
     * The checks due for the case's household in the month by the unit's calendar, done or not; empty
     * unless the case is ongoing. One access-log row (the case's controls were read).
     */
    public List<DueControl> dueFor(CaseId caseId, YearMonth month, CurrentUser user) {
        return due(open(caseId, user), List.of(month));
    }

    /**
     * For a module preparing work without a person (a month's proposal): the checks not yet done for
     * the case's household in the months, read by the system actor of the case's unit; one access-log
     * row. Empty unless the case is ongoing.
     */
    public List<DueControl> undoneForPreparation(CaseId caseId, List<YearMonth> months) {
        CaseDetails details = caseFiles.openAsSystem(caseId, AccessAction.VIEW_CONTROLS, "Årshjulets kontroller inför förslag",
                new Subject(SubjectType.CONTROL, caseId.value())).caseDetails();
        return due(details, months).stream().filter(d -> !d.done()).toList();
    }

    /** The checks due for the household of an opened case in the months, done or not; none unless the case is ongoing. */
    private List<DueControl> due(CaseDetails details, List<YearMonth> months) {
        if (details.state() != CaseState.OPEN_ONGOING) {
            return List.of();
        }
        CaseId caseId = details.id();
        Marks done = new Marks(marks.ofCases(List.of(caseId)));
        UnitCalendar calendar = calendar(details.unit().id());
        return months.stream().flatMap(month -> calendar.dueIn(month, roles(details)).stream()
                        .map(c -> new DueControl(c.name(), month, done.current(c.id(), caseId, month).isPresent())))
                .toList();
    }

    /** The case's checks from the last year (since the case was opened) to the coming year, with their marks. One access-log row. */
    public CaseControls ofCase(CaseId caseId, CurrentUser user) {
        CaseDetails details = open(caseId, user);
        YearMonth now = YearMonth.now(clock.withZone(STOCKHOLM));
        List<ControlRow> rows = details.state() != CaseState.OPEN_ONGOING ? List.of()
                : rows(calendar(details.unit().id()), new Marks(marks.ofCases(List.of(caseId))), caseId, roles(details),
                        first(details.openedAt(), now), now.plusMonths(WINDOW_MONTHS), now);
        return new CaseControls(details, rows, CaseAccessPolicy.mayChange(user.roles(), CaseContent.CONTROLS),
                details.state() == CaseState.OPEN_ONGOING);
    }

    /** The case page's block and the case's controls page. */
    public record CaseControls(CaseDetails caseDetails, List<ControlRow> rows, boolean canMark, boolean ongoing) {

        public List<ControlRow> overdue() {
            return rows.stream().filter(ControlRow::overdue).toList();
        }
    }

    /**
     * Årshjul: for the month, the households of the ongoing cases due for each check, per caseworker,
     * with their marks, and the checks of earlier months still not done. Caseworkers and payment
     * officers see their own cases, team leads and unit managers the whole unit. One list row in the
     * access log naming the cases shown.
     */
    public MonthView month(UnitId unit, YearMonth month, CurrentUser user) {
        boolean wholeUnit = user.has(Role.TEAM_LEAD) || user.has(Role.UNIT_MANAGER);
        YearMonth now = YearMonth.now(clock.withZone(STOCKHOLM));
        UnitCalendar calendar = calendar(unit);
        List<HouseholdControls> shown = caseFiles.showList(user, AccessAction.LIST_CONTROLS, "årshjulet för " + month, () -> {
            List<CaseSummary> cases = caseFiles.openCases(unit, wholeUnit ? Optional.empty() : Optional.of(user.id()), user).stream()
                    .filter(c -> c.state() == CaseState.OPEN_ONGOING).toList();
            List<CaseId> ids = cases.stream().map(CaseSummary::id).toList();
            Map<CaseId, Set<HouseholdRole>> roles = caseFiles.householdRoles(ids);
            Marks done = new Marks(marks.ofCases(ids));
            List<HouseholdControls> result = new ArrayList<>();
            for (CaseSummary c : cases) {
                Set<HouseholdRole> household = roles.getOrDefault(c.id(), EnumSet.noneOf(HouseholdRole.class));
                List<ControlRow> due = rows(calendar, done, c.id(), household, month, month, now);
                List<ControlRow> overdue = rows(calendar, done, c.id(), household, first(c.openedAt(), now), now.minusMonths(1), now).stream()
                        .filter(ControlRow::overdue).toList();
                if (!due.isEmpty() || !overdue.isEmpty()) {
                    result.add(new HouseholdControls(c, due, overdue));
                }
            }
            return result;
        }, h -> h.caseSummary().id());
        Map<String, List<HouseholdControls>> byCaseworker = new LinkedHashMap<>();
        shown.stream().sorted(Comparator.comparing((HouseholdControls h) -> h.caseSummary().number().value()))
                .forEach(h -> byCaseworker.computeIfAbsent(Optional.ofNullable(h.caseSummary().responsibleCaseworker()).orElse("Ej fördelade"),
                        k -> new ArrayList<>()).add(h));
        List<CaseworkerHouseholds> groups = byCaseworker.entrySet().stream()
                .map(e -> new CaseworkerHouseholds(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(CaseworkerHouseholds::caseworker)).toList();
        return new MonthView(unit, month, now, wholeUnit, calendar.versionsIn(month).stream().filter(c -> c.dueIn(month)).toList(), groups);
    }

    public record MonthView(UnitId unit, YearMonth month, YearMonth currentMonth, boolean wholeUnit,
                            List<se.ebba.controls.domain.CalendarCheck> checks, List<CaseworkerHouseholds> caseworkers) {

        public int dueCount() {
            return caseworkers.stream().flatMap(g -> g.households().stream()).mapToInt(h -> h.due().size()).sum();
        }

        public int doneCount() {
            return (int) caseworkers.stream().flatMap(g -> g.households().stream()).flatMap(h -> h.due().stream()).filter(ControlRow::done).count();
        }

        public int overdueCount() {
            return caseworkers.stream().flatMap(g -> g.households().stream()).mapToInt(h -> h.overdue().size()).sum();
        }
    }

    public record CaseworkerHouseholds(String caseworker, List<HouseholdControls> households) {
    }

    /** A household of an ongoing case: its checks due in the month shown, and its overdue checks of earlier months. */
    public record HouseholdControls(CaseSummary caseSummary, List<ControlRow> due, List<ControlRow> overdue) {
    }

    /**
     * Marks a check of the case's household as done for the month with its result; with {@code corrects}
     * it corrects an earlier mark (which stays, marked as corrected). The check must be due for the
     * household that month. One access-log row (the change).
     */
    @Transactional
    public ControlMark mark(CaseId caseId, CheckId check, YearMonth month, ControlResult result, String note, Optional<UUID> corrects,
                            CurrentUser user) {
        ControlMark mark = ControlMark.record(check, caseId, month, result, note, corrects, clock.instant(), user.displayName());
        CaseDetails details = caseFiles.openDetailsForChange(caseId, user, AccessAction.MARK_CONTROL, "Kontroll i årshjulet " + month,
                new Subject(SubjectType.CONTROL, mark.id()));
        if (details.state() != CaseState.OPEN_ONGOING) {
            throw new InvalidInputException("check", "Årshjulets kontroller gäller pågående ärenden; ärendet är inte pågående.");
        }
        if (calendar(details.unit().id()).dueIn(month, roles(details)).stream().noneMatch(c -> c.id().equals(check))) {
            throw new InvalidInputException("check", "Kontrollen gäller inte hushållet den månaden enligt enhetens årshjul.");
        }
        Marks existing = new Marks(marks.ofCases(List.of(caseId)));
        Optional<ControlMark> current = existing.current(check, caseId, month);
        if (corrects.isEmpty() && current.isPresent()) {
            throw new InvalidInputException("check", "Kontrollen är redan markerad som gjord. Rätta markeringen om resultatet ska ändras.");
        }
        if (corrects.isPresent() && !current.map(ControlMark::id).equals(corrects)) {
            throw new InvalidInputException("corrects", "Markeringen som ska rättas finns inte, eller har redan rättats.");
        }
        marks.append(mark, user.id());
        return mark;
    }

    private CaseDetails open(CaseId caseId, CurrentUser user) {
        return caseFiles.openPart(caseId, user, AccessAction.VIEW_CONTROLS, SubjectType.CONTROL, Optional::of, d -> d.id().value()).part();
    }

    private UnitCalendar calendar(UnitId unit) {
        return new UnitCalendar(calendars.ofUnit(unit));
    }

    private static Set<HouseholdRole> roles(CaseDetails details) {
        Set<HouseholdRole> roles = EnumSet.noneOf(HouseholdRole.class);
        details.household().forEach(m -> roles.add(m.role()));
        return roles;
    }

    /** The first month whose undone checks count: the month the case was opened, at most {@link #WINDOW_MONTHS} back. */
    private static YearMonth first(java.time.Instant openedAt, YearMonth now) {
        YearMonth opened = YearMonth.from(openedAt.atZone(STOCKHOLM));
        YearMonth earliest = now.minusMonths(WINDOW_MONTHS);
        return opened.isAfter(earliest) ? opened : earliest;
    }

    private static List<ControlRow> rows(UnitCalendar calendar, Marks done, CaseId caseId, Set<HouseholdRole> household, YearMonth from,
                                         YearMonth to, YearMonth now) {
        return calendar.dueBetween(from, to, household).stream()
                .map(d -> {
                    Optional<ControlMark> mark = done.current(d.check().id(), caseId, d.month());
                    return new ControlRow(d.check(), d.month(), mark, done.corrected(d.check().id(), caseId, d.month()),
                            mark.isEmpty() && d.month().isBefore(now));
                })
                .toList();
    }
}
