package se.ebba.casefile;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.ebba.audit.AccessAction;
import se.ebba.audit.AccessEvent;
import se.ebba.audit.AccessLog;
import se.ebba.casefile.domain.BirthDayAllocationPolicy;
import se.ebba.casefile.domain.BirthDayRange;
import se.ebba.casefile.domain.CaseListItem;
import se.ebba.casefile.domain.CaseNumber;
import se.ebba.casefile.domain.CaseloadRow;
import se.ebba.casefile.domain.HouseholdMember;
import se.ebba.casefile.domain.HouseholdRole;
import se.ebba.casefile.internal.Cases;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.Persons;
import se.ebba.identity.Units;
import se.ebba.identity.UserView;
import se.ebba.identity.Users;
import se.ebba.identity.domain.InvalidPersonalNumberException;
import se.ebba.identity.domain.PersonalNumber;
import se.ebba.identity.domain.Role;
import se.ebba.identity.domain.UnitId;
import se.ebba.identity.domain.UserId;
import se.ebba.shared.ForbiddenException;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.InvalidInputException.FieldError;
import se.ebba.shared.NotFoundException;

/** The case file's lists (Mina ärenden, search, Ärendefördelning) and birth-day allocation rules, each view logged once. */
@Service
class CaseLists {

    private final Cases cases;
    private final Persons persons;
    private final Users users;
    private final Units units;
    private final AccessLog accessLog;
    private final CaseAccess access;
    private final CaseViews views;
    private final Clock clock;
    private final int activeDays;

    CaseLists(Cases cases, Persons persons, Users users, Units units, AccessLog accessLog, CaseAccess access, CaseViews views, Clock clock,
              @Value("${ebba.caseload.active-days:30}") int activeDays) {
        this.cases = cases;
        this.persons = persons;
        this.users = users;
        this.units = units;
        this.accessLog = accessLog;
        this.access = access;
        this.views = views;
        this.clock = clock;
        this.activeDays = activeDays;
    }


    /** Mina ärenden: the caseworker's open cases, most recently active first. */
    List<CaseSummary> myCases(CurrentUser user) {
        access.requireLists(user, null, "Mina ärenden");
        List<CaseListItem> mine = cases.openCasesOf(user.id(), user.units());
        List<CaseSummary> result = views.summaries(mine, user);
        access.logList(user, AccessAction.LIST_MY_CASES, null, mine.stream().map(CaseListItem::id).toList(), "Mina ärenden");
        return result;
    }

    /** Open cases of a unit of the viewer's (all, or one caseworker's) for another module's list; not logged here. */
    List<CaseSummary> openCases(UnitId unit, java.util.Optional<UserId> caseworker, CurrentUser viewer) {
        if (!viewer.belongsTo(unit)) {
            return List.of();
        }
        List<CaseListItem> items = caseworker.map(cw -> cases.openCasesOf(cw, Set.of(unit))).orElseGet(() -> cases.openCasesIn(unit));
        return views.summaries(items, viewer);
    }

    /** Open cases of the unit (or the user's own there) for a list view of another module, logged once. */
    List<CaseSummary> openCases(UnitId unit, boolean wholeUnit, CurrentUser user, AccessAction action, String what) {
        if (unit == null || !user.belongsTo(unit)) {
            access.deniedOutsideCase(user, unit, what + " på en annan enhet");
            throw new NotFoundException("Enheten finns inte eller är inte din.");
        }
        access.requireLists(user, unit, what);
        List<CaseListItem> items = wholeUnit ? cases.openCasesIn(unit) : cases.openCasesOf(user.id(), Set.of(unit));
        List<CaseSummary> result = views.summaries(items, user);
        access.logList(user, action, unit, items.stream().map(CaseListItem::id).toList(), what);
        return result;
    }

    /**
     * Finds cases in the user's units by case number, personnummer or name, and shows whether the
     * person has or had a case there (pågående or tidigare aktualitet). Other units' cases never show.
     */
    List<CaseSummary> search(String query, CurrentUser user) {
        access.requireLists(user, null, "sökningen bland ärenden");
        String q = query == null ? "" : query.strip();
        if (q.length() < 2) {
            throw new InvalidInputException("query", "Skriv minst två tecken: ett personnummer, ett namn eller ett ärendenummer.");
        }
        List<CaseListItem> found;
        if (CaseNumber.looksLikeOne(q)) {
            found = cases.findByNumber(new CaseNumber(q.toUpperCase()))
                    .flatMap(cases::find)
                    .filter(c -> user.belongsTo(c.unit()))
                    .map(c -> cases.casesOfPersons(Set.copyOf(cases.household(c.id()).stream()
                            .filter(m -> m.role() == HouseholdRole.APPLICANT).map(HouseholdMember::person).toList()), Set.of(c.unit()))
                            .stream().filter(i -> i.id().equals(c.id())).toList())
                    .orElse(List.of());
        } else if (q.matches("[0-9 +-]+")) {
            PersonalNumber number;
            try {
                number = PersonalNumber.parse(q, LocalDate.now(clock));
            } catch (InvalidPersonalNumberException e) {
                throw new InvalidInputException("query", e.getMessage());
            }
            found = cases.casesOfPersons(persons.findIds(number, user.units()), user.units());
        } else {
            found = cases.casesOfPersons(persons.matchingName(q, user.units(), 500), user.units());
        }
        List<CaseSummary> result = views.summaries(found, user);
        // One row for the hits: the cases listed (the persons shown are members of their households).
        access.logList(user, AccessAction.SEARCH, null, found.stream().map(CaseListItem::id).toList(), "Sökning");
        return result;
    }

    /** The cases of the unit where the personnummer is a member of the household; one log row about {@code subject}. */
    List<CaseSummary> casesOfPerson(PersonalNumber number, UnitId unit, CurrentUser user, AccessAction action,
                                    AccessEvent.Subject subject, String detail) {
        access.requireLists(user, unit, "ärenden för personen");
        List<CaseListItem> found = cases.casesOfPersons(persons.findIds(number, Set.of(unit)), Set.of(unit));
        List<CaseSummary> result = views.summaries(found, user);
        accessLog.record(user, new AccessEvent(action, unit, null, null, null, null, detail, subject,
                found.stream().map(i -> i.id().value()).distinct().toList()));
        return result;
    }

    /** The unit's caseload: per caseworker open and active cases, unassigned cases and birth-day ranges. */
    CaseloadView caseload(UnitId unit, CurrentUser user) {
        if (!user.belongsTo(unit)) {
            access.deniedOutsideCase(user, unit, "Ärendefördelning på en annan enhet");
            throw new NotFoundException("Enheten finns inte eller är inte din.");
        }
        access.requireLists(user, unit, "ärendefördelningen");
        Map<UserId, CaseloadRow> load = cases.caseload(unit, clock.instant().minus(activeDays, ChronoUnit.DAYS)).stream()
                .collect(Collectors.toMap(CaseloadRow::caseworker, Function.identity()));
        Set<UserId> shown = new LinkedHashSet<>();
        List<CaseloadView.Row> rows = new ArrayList<>();
        for (UserView u : caseworkersOf(unit)) {
            CaseloadRow r = load.get(u.id());
            rows.add(new CaseloadView.Row(u, r == null ? 0 : r.openCases(), r == null ? 0 : r.activeCases()));
            shown.add(u.id());
        }
        // Cases still held by someone who left the role or the unit must not disappear from view.
        load.values().stream().filter(r -> !shown.contains(r.caseworker())).forEach(r -> users.find(r.caseworker())
                .ifPresent(u -> rows.add(new CaseloadView.Row(u, r.openCases(), r.activeCases()))));
        List<BirthDayRange> ranges = cases.activeBirthDayRanges(unit);
        List<CaseloadView.Range> rangeViews = ranges.stream()
                .map(r -> new CaseloadView.Range(r.id(), nameOf(r.caseworker()), r.firstDay(), r.lastDay())).toList();
        List<String> gaps = new BirthDayAllocationPolicy(ranges).uncoveredDays().stream()
                .map(g -> g[0] == g[1] ? String.valueOf(g[0]) : g[0] + "–" + g[1]).toList();
        List<CaseListItem> unassigned = cases.unassignedOpenCases(unit);
        CaseloadView view = new CaseloadView(units.get(unit), activeDays, rows, views.summaries(unassigned, user), rangeViews, gaps);
        access.logList(user, AccessAction.LIST_CASELOAD, unit, unassigned.stream().map(CaseListItem::id).toList(),
                "Ärendefördelning, ofördelade");
        return view;
    }

    List<UserView> caseworkersOf(UnitId unit) {
        Map<UserId, UserView> all = new java.util.LinkedHashMap<>();
        for (Role role : List.of(Role.CASEWORKER, Role.INTAKE_OFFICER, Role.PAYMENT_OFFICER)) {
            users.withRole(unit, role).forEach(u -> all.putIfAbsent(u.id(), u));
        }
        return all.values().stream().sorted(Comparator.comparing(UserView::displayName)).toList();
    }

    @Transactional
    void addBirthDayRange(UnitId unit, UserId caseworker, Integer firstDay, Integer lastDay, CurrentUser user) {
        if (!user.belongsTo(unit) || !user.allocatesCases()) {
            access.deniedOutsideCase(user, unit, "Rollen får inte ändra fördelningen");
            throw new ForbiddenException("Bara arbetsledaren ändrar fördelningen.");
        }
        List<FieldError> errors = new ArrayList<>();
        if (caseworker == null || !isCaseworkerOf(caseworker, unit)) {
            errors.add(new FieldError("caseworker", "Välj en handläggare på enheten."));
        }
        if (firstDay == null || firstDay < 1 || firstDay > 31) {
            errors.add(new FieldError("firstDay", "Första dagen ska vara en dag mellan 1 och 31."));
        }
        if (lastDay == null || lastDay < 1 || lastDay > 31) {
            errors.add(new FieldError("lastDay", "Sista dagen ska vara en dag mellan 1 och 31."));
        }
        if (errors.isEmpty() && firstDay > lastDay) {
            errors.add(new FieldError("lastDay", "Sista dagen kan inte vara före första dagen."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        BirthDayRange range = new BirthDayRange(UUID.randomUUID(), caseworker, firstDay, lastDay);
        List<BirthDayRange> overlapping = new BirthDayAllocationPolicy(cases.activeBirthDayRanges(unit)).overlapping(range);
        if (!overlapping.isEmpty()) {
            BirthDayRange o = overlapping.getFirst();
            throw new InvalidInputException("firstDay", "Dagarna " + o.firstDay() + "–" + o.lastDay() + " tillhör redan "
                    + nameOf(o.caseworker()) + ". Ta bort det intervallet först.");
        }
        cases.addBirthDayRange(unit, range, user.id(), clock.instant());
        accessLog.record(user, new AccessEvent(AccessAction.CHANGE_ALLOCATION_RULES, unit, null, null, null, null,
                "Födelsedagar " + firstDay + "–" + lastDay));
    }

    @Transactional
    void retireBirthDayRange(UnitId unit, UUID rangeId, CurrentUser user) {
        if (!user.belongsTo(unit) || !user.allocatesCases()) {
            access.deniedOutsideCase(user, unit, "Rollen får inte ändra fördelningen");
            throw new ForbiddenException("Bara arbetsledaren ändrar fördelningen.");
        }
        cases.retireBirthDayRange(unit, rangeId, user.id(), clock.instant());
        accessLog.record(user, new AccessEvent(AccessAction.CHANGE_ALLOCATION_RULES, unit, null, null, null, null, "Tog bort intervall"));
    }


    private boolean isCaseworkerOf(UserId user, UnitId unit) {
        return views.isCaseworkerOf(user, unit);
    }

    private String nameOf(UserId id) {
        return views.nameOf(id);
    }
}
