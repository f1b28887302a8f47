package se.ebba.casefile;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.ebba.audit.AccessAction;
import se.ebba.audit.AccessEvent;
import se.ebba.audit.AccessLog;
import se.ebba.casefile.HouseholdRegistration.PersonInput;
import se.ebba.casefile.domain.AssignmentMethod;
import se.ebba.casefile.domain.AssistanceCase;
import se.ebba.casefile.domain.BirthDayAllocationPolicy;
import se.ebba.casefile.domain.BirthDayRange;
import se.ebba.casefile.domain.CaseId;
import se.ebba.casefile.domain.CaseListItem;
import se.ebba.casefile.domain.CaseNumber;
import se.ebba.casefile.domain.CaseState;
import se.ebba.casefile.domain.CaseloadRow;
import se.ebba.casefile.domain.Cases;
import se.ebba.casefile.domain.HouseholdMember;
import se.ebba.casefile.domain.HouseholdRole;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.NewPerson;
import se.ebba.identity.PersonView;
import se.ebba.identity.Persons;
import se.ebba.identity.UnitView;
import se.ebba.identity.Units;
import se.ebba.identity.UserView;
import se.ebba.identity.Users;
import se.ebba.identity.domain.InvalidPersonalNumberException;
import se.ebba.identity.domain.PersonId;
import se.ebba.identity.domain.PersonalNumber;
import se.ebba.identity.domain.Role;
import se.ebba.identity.domain.UnitId;
import se.ebba.identity.domain.UserId;
import se.ebba.shared.ForbiddenException;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.InvalidInputException.FieldError;
import se.ebba.shared.NotFoundException;

/**
 * The case file's API: register a household and open its case, find cases, open one, change its
 * state, allocate it. Every method takes the current user, lets them see only their own units'
 * cases, and writes what they saw or did to the access log.
 */
@Service
public class CaseFiles {

    static final String NOT_FOUND = "Ärendet finns inte eller tillhör inte din enhet.";

    private final Cases cases;
    private final Persons persons;
    private final Units units;
    private final Users users;
    private final AccessLog accessLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int activeDays;

    CaseFiles(Cases cases, Persons persons, Units units, Users users, AccessLog accessLog, ApplicationEventPublisher events,
              Clock clock, @Value("${ebba.caseload.active-days:30}") int activeDays) {
        this.cases = cases;
        this.persons = persons;
        this.units = units;
        this.users = users;
        this.accessLog = accessLog;
        this.events = events;
        this.clock = clock;
        this.activeDays = activeDays;
    }

    // ---------------------------------------------------------------- registering a household

    /** Registers the household and opens its case at intake; allocates by the birth-day rule unless a caseworker is given. */
    @Transactional
    public CaseRef registerHousehold(HouseholdRegistration registration, CurrentUser user) {
        if (!user.registersHouseholds()) {
            throw new ForbiddenException("Din roll får inte registrera hushåll.");
        }
        if (registration.unit() == null || !user.belongsTo(registration.unit())) {
            throw new InvalidInputException("unitCode", "Välj en enhet som du arbetar på.");
        }
        LocalDate today = LocalDate.now(clock);
        List<FieldError> errors = new ArrayList<>();
        Map<String, PersonalNumber> numbers = new HashMap<>();
        checkPerson(registration.applicant(), "applicant", true, errors, numbers, today);
        if (registration.coApplicant() != null && !registration.coApplicant().isEmpty()) {
            checkPerson(registration.coApplicant(), "coApplicant", true, errors, numbers, today);
        }
        for (int i = 0; i < registration.children().size(); i++) {
            checkPerson(registration.children().get(i), "children[" + i + "]", false, errors, numbers, today);
        }
        for (int i = 0; i < registration.otherAdults().size(); i++) {
            checkPerson(registration.otherAdults().get(i), "otherAdults[" + i + "]", true, errors, numbers, today);
        }
        checkAges(numbers, today, errors);
        checkDuplicates(numbers, errors);
        UserId chosenCaseworker = registration.caseworker();
        if (chosenCaseworker != null) {
            if (!user.allocatesCases()) {
                errors.add(new FieldError("caseworker", "Bara arbetsledaren kan välja handläggare. Lämna fältet tomt så fördelas ärendet enligt födelsedatum."));
            } else if (!isCaseworkerOf(chosenCaseworker, registration.unit())) {
                errors.add(new FieldError("caseworker", "Välj en handläggare på enheten."));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }

        List<HouseholdMember> household = new ArrayList<>();
        String familyName = registration.applicant().lastName();
        register(registration.applicant(), "applicant", null, HouseholdRole.APPLICANT, registration.unit(), numbers, household, errors, user);
        if (numbers.containsKey("coApplicant")) {
            register(registration.coApplicant(), "coApplicant", null, HouseholdRole.CO_APPLICANT, registration.unit(), numbers, household,
                    errors, user);
        }
        for (int i = 0; i < registration.children().size(); i++) {
            register(registration.children().get(i), "children[" + i + "]", familyName, HouseholdRole.CHILD, registration.unit(), numbers,
                    household, errors, user);
        }
        for (int i = 0; i < registration.otherAdults().size(); i++) {
            register(registration.otherAdults().get(i), "otherAdults[" + i + "]", null, HouseholdRole.OTHER_ADULT, registration.unit(),
                    numbers, household, errors, user);
        }
        if (!errors.isEmpty()) {
            // The transaction rolls back: nothing of this registration is kept.
            throw new InvalidInputException(errors);
        }
        for (HouseholdMember member : household) {
            if (member.role() == HouseholdRole.APPLICANT || member.role() == HouseholdRole.CO_APPLICANT) {
                List<CaseNumber> open = cases.openCasesAsApplicant(member.person(), registration.unit());
                if (!open.isEmpty()) {
                    String field = member.role() == HouseholdRole.APPLICANT ? "applicant.personalNumber" : "coApplicant.personalNumber";
                    throw new InvalidInputException(field, "Personen har redan ett aktuellt ärende på enheten: " + open.getFirst().value()
                            + ". Öppna det ärendet i stället.");
                }
            }
        }

        Instant now = clock.instant();
        CaseNumber number = cases.nextNumber(LocalDate.now(clock).getYear());
        AssistanceCase newCase = AssistanceCase.open(CaseId.random(), number, registration.unit(), user.id(), now);
        if (chosenCaseworker != null) {
            newCase.assignTo(chosenCaseworker, AssignmentMethod.TEAM_LEAD, user.id(), now, "Vald vid registrering");
        } else {
            new BirthDayAllocationPolicy(cases.activeBirthDayRanges(registration.unit()))
                    .caseworkerFor(numbers.get("applicant").birthDay())
                    .ifPresent(cw -> newCase.assignTo(cw, AssignmentMethod.BY_BIRTH_DAY, user.id(), now,
                            "Sökandens födelsedag: " + numbers.get("applicant").birthDay()));
        }
        cases.add(newCase, household);
        accessLog.record(user, AccessEvent.ofCase(AccessAction.REGISTER_HOUSEHOLD, newCase.unit(), newCase.id().value(),
                number.value(), newCase.isResponsible(user.id()), "Hushåll med " + household.size() + " personer"));
        events.publishEvent(new CaseOpened(newCase.id(), newCase.unit(), now));
        if (newCase.responsibleCaseworker() != null) {
            events.publishEvent(new CaseworkerAssigned(newCase.id(), newCase.responsibleCaseworker(),
                    newCase.newAssignments().getFirst().method(), now));
        }
        return new CaseRef(newCase.id(), number, newCase.unit(), newCase.state(), newCase.responsibleCaseworker(),
                newCase.isResponsible(user.id()));
    }

    private static void checkPerson(PersonInput p, String field, boolean needsLastName, List<FieldError> errors,
                                    Map<String, PersonalNumber> numbers, LocalDate today) {
        if (p == null) {
            errors.add(new FieldError(field + ".personalNumber", "Ange sökandens personnummer."));
            return;
        }
        try {
            numbers.put(field, PersonalNumber.parse(p.personalNumber(), today));
        } catch (InvalidPersonalNumberException e) {
            errors.add(new FieldError(field + ".personalNumber", e.getMessage()));
        }
        if (p.firstName() == null || p.firstName().isBlank()) {
            errors.add(new FieldError(field + ".firstName", "Ange förnamn."));
        } else if (p.firstName().length() > 100) {
            errors.add(new FieldError(field + ".firstName", "Förnamnet får vara högst 100 tecken."));
        }
        if (needsLastName && (p.lastName() == null || p.lastName().isBlank())) {
            errors.add(new FieldError(field + ".lastName", "Ange efternamn."));
        } else if (p.lastName() != null && p.lastName().length() > 100) {
            errors.add(new FieldError(field + ".lastName", "Efternamnet får vara högst 100 tecken."));
        }
    }

    private static void checkAges(Map<String, PersonalNumber> numbers, LocalDate today, List<FieldError> errors) {
        numbers.forEach((field, number) -> {
            int age = Period.between(number.birthDate(), today).getYears();
            if ((field.equals("applicant") || field.equals("coApplicant")) && age < 18) {
                errors.add(new FieldError(field + ".personalNumber",
                        "Den som söker måste vara minst 18 år. Registrera barnet i föräldrarnas hushåll."));
            }
            // Children and school youth live at home up to 20 (RULES.md §2: 19–20 only while in school).
            if (field.startsWith("children") && age > 20) {
                errors.add(new FieldError(field + ".personalNumber", "Personen är över 20 år. Registrera som annan vuxen i hushållet."));
            }
        });
    }

    private static void checkDuplicates(Map<String, PersonalNumber> numbers, List<FieldError> errors) {
        Set<PersonalNumber> seen = new HashSet<>();
        numbers.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.comparing(CaseFiles::fieldOrder)))
                .forEach(e -> {
                    if (!seen.add(e.getValue())) {
                        errors.add(new FieldError(e.getKey() + ".personalNumber", "Samma personnummer finns redan i hushållet."));
                    }
                });
    }

    private static String fieldOrder(String field) {
        return (field.equals("applicant") ? "0" : field.equals("coApplicant") ? "1" : "2") + field;
    }

    /** Registers the person as the unit's record; a different name under the same personnummer in the unit is refused. */
    private void register(PersonInput p, String field, String defaultLastName, HouseholdRole role, UnitId unit,
                          Map<String, PersonalNumber> numbers, List<HouseholdMember> household, List<FieldError> errors, CurrentUser user) {
        String lastName = p.lastName() == null || p.lastName().isBlank() ? defaultLastName : p.lastName();
        Persons.Registration outcome = persons.register(unit, new NewPerson(numbers.get(field), p.firstName(), lastName == null ? "" : lastName,
                p.protectedIdentity(), p.streetAddress(), p.postalCode(), p.city()), user);
        switch (outcome) {
            case Persons.Registration.Registered registered -> household.add(new HouseholdMember(registered.id(), role));
            case Persons.Registration.NameDiffers ignored -> errors.add(new FieldError(field + ".personalNumber",
                    "Personnumret finns redan på enheten med ett annat namn. Kontrollera personnumret och namnet, "
                            + "eller sök fram personen och använd det namn enheten har registrerat."));
        }
    }

    private boolean isCaseworkerOf(UserId user, UnitId unit) {
        return users.find(user).filter(u -> u.enabled() && u.units().contains(unit) && u.roles().stream().anyMatch(Role::ownsCases))
                .isPresent();
    }

    // ---------------------------------------------------------------- opening a case

    /** The case page: logs the view. A case of another unit answers as if it did not exist, and the attempt is logged. */
    public CaseDetails open(CaseId id, CurrentUser user) {
        AssistanceCase c = readable(id, user, AccessAction.VIEW_CASE, "Ärendet");
        List<HouseholdMember> members = cases.household(id);
        Map<PersonId, PersonView> people = persons.view(members.stream().map(HouseholdMember::person).toList(), user).stream()
                .collect(Collectors.toMap(PersonView::id, Function.identity()));
        List<CaseDetails.Member> household = members.stream()
                .map(m -> new CaseDetails.Member(people.get(m.person()), m.role())).toList();
        Map<UserId, String> names = new HashMap<>();
        Function<UserId, String> name = u -> u == null ? null : names.computeIfAbsent(u, this::nameOf);
        List<CaseDetails.HistoryLine> history = new ArrayList<>();
        cases.stateHistory(id).forEach(s -> history.add(new CaseDetails.HistoryLine(s.at(),
                s.from() == null ? "Aktualiserat: " + s.to().text() : s.from().text() + " → " + s.to().text(), name.apply(s.by()), s.reason())));
        cases.assignmentHistory(id).forEach(a -> history.add(new CaseDetails.HistoryLine(a.at(),
                "Ansvarig handläggare: " + name.apply(a.caseworker()) + " (" + a.method().text().toLowerCase() + ")",
                name.apply(a.by()), a.reason())));
        history.sort(Comparator.comparing(CaseDetails.HistoryLine::at));
        return new CaseDetails(c.id(), c.number(), units.get(c.unit()), c.state(), name.apply(c.responsibleCaseworker()),
                c.responsibleCaseworker() == null ? null : c.responsibleCaseworker().value(), c.openedAt(), c.version(),
                household, history, c.state().next(), user.changesCases(), user.allocatesCases());
    }

    /** For other modules: lets the user into the case for reading and logs what they read. */
    public CaseRef openForReading(CaseId id, CurrentUser user, AccessAction action, String detail) {
        AssistanceCase c = readable(id, user, action, detail);
        return new CaseRef(c.id(), c.number(), c.unit(), c.state(), c.responsibleCaseworker(), c.isResponsible(user.id()));
    }

    /** For other modules: lets the user into the case for a change (auditors only read) and logs it. */
    public CaseRef openForChange(CaseId id, CurrentUser user, AccessAction action, String detail) {
        AssistanceCase c = changeable(id, user);
        accessLog.record(user, AccessEvent.ofCase(action, c.unit(), c.id().value(), c.number().value(), c.isResponsible(user.id()), detail));
        cases.touch(id, clock.instant());
        return new CaseRef(c.id(), c.number(), c.unit(), c.state(), c.responsibleCaseworker(), c.isResponsible(user.id()));
    }

    private AssistanceCase readable(CaseId id, CurrentUser user, AccessAction action, String detail) {
        AssistanceCase c = cases.find(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        if (!user.belongsTo(c.unit()) || !user.readsCaseContents()) {
            accessLog.recordDenied(user, AccessEvent.ofCase(AccessAction.DENIED, c.unit(), c.id().value(), c.number().value(), false,
                    user.belongsTo(c.unit()) ? "Rollen får inte läsa ärenden" : "Ärendet tillhör en annan enhet"));
            throw new NotFoundException(NOT_FOUND);
        }
        accessLog.record(user, AccessEvent.ofCase(action, c.unit(), c.id().value(), c.number().value(), c.isResponsible(user.id()), detail));
        return c;
    }

    private AssistanceCase changeable(CaseId id, CurrentUser user) {
        AssistanceCase c = cases.find(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        if (!user.belongsTo(c.unit()) || !user.readsCaseContents()) {
            accessLog.recordDenied(user, AccessEvent.ofCase(AccessAction.DENIED, c.unit(), c.id().value(), c.number().value(), false,
                    "Försökte ändra ärende på en annan enhet"));
            throw new NotFoundException(NOT_FOUND);
        }
        if (!user.changesCases()) {
            throw new ForbiddenException("Din roll får läsa men inte ändra ärenden.");
        }
        return c;
    }

    // ---------------------------------------------------------------- changing a case

    @Transactional
    public void changeState(CaseId id, int expectedVersion, CaseState target, String reason, CurrentUser user) {
        AssistanceCase c = changeable(id, user);
        checkVersion(c, expectedVersion);
        CaseState from = c.state();
        Instant now = clock.instant();
        c.changeState(target, reason, user.id(), now);
        cases.update(c);
        accessLog.record(user, AccessEvent.ofCase(AccessAction.CHANGE_STATE, c.unit(), c.id().value(), c.number().value(),
                c.isResponsible(user.id()), from.name() + " → " + target.name()));
        events.publishEvent(new CaseStateChanged(c.id(), from, target, now));
    }

    @Transactional
    public void assign(CaseId id, int expectedVersion, UserId caseworker, String reason, CurrentUser user) {
        AssistanceCase c = changeable(id, user);
        if (!user.allocatesCases()) {
            throw new ForbiddenException("Bara arbetsledaren fördelar ärenden.");
        }
        checkVersion(c, expectedVersion);
        if (caseworker == null || !isCaseworkerOf(caseworker, c.unit())) {
            throw new InvalidInputException("caseworker", "Välj en handläggare på enheten.");
        }
        Instant now = clock.instant();
        c.assignTo(caseworker, AssignmentMethod.TEAM_LEAD, user.id(), now, reason);
        cases.update(c);
        accessLog.record(user, AccessEvent.ofCase(AccessAction.ASSIGN_CASEWORKER, c.unit(), c.id().value(), c.number().value(),
                c.isResponsible(user.id()), "Ny ansvarig handläggare"));
        events.publishEvent(new CaseworkerAssigned(c.id(), caseworker, AssignmentMethod.TEAM_LEAD, now));
    }

    private static void checkVersion(AssistanceCase c, int expectedVersion) {
        if (c.version() != expectedVersion) {
            throw new se.ebba.shared.ConcurrentEditException(
                    "Någon annan har ändrat ärendet medan du arbetade. Ladda om sidan och se ändringen innan du försöker igen.");
        }
    }

    // ---------------------------------------------------------------- lists and search

    /** Mina ärenden: the caseworker's open cases, most recently active first. */
    public List<CaseSummary> myCases(CurrentUser user) {
        return summaries(cases.openCasesOf(user.id(), user.units()), user);
    }

    /**
     * Finds cases in the user's units by case number, personnummer or name, and shows whether the
     * person has or had a case there (pågående or tidigare aktualitet). Other units' cases never show.
     */
    public List<CaseSummary> search(String query, CurrentUser user) {
        if (!user.readsCaseContents()) {
            throw new ForbiddenException("Din roll får inte söka bland ärenden.");
        }
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
        List<CaseSummary> result = summaries(found, user);
        accessLog.record(user, new AccessEvent(AccessAction.SEARCH, null, null, null, null, null, "Sökning, " + result.size() + " träffar"));
        found.stream().map(CaseListItem::matchedPerson).filter(java.util.Objects::nonNull).distinct().forEach(p ->
                accessLog.record(user, new AccessEvent(AccessAction.VIEW_PERSON, null, null, null, p, null, "Sökträff")));
        return result;
    }

    /** The unit's caseload: per caseworker open and active cases, unassigned cases and birth-day ranges. */
    public CaseloadView caseload(UnitId unit, CurrentUser user) {
        if (!user.belongsTo(unit) || !user.readsCaseContents()) {
            throw new NotFoundException("Enheten finns inte eller är inte din.");
        }
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
        return new CaseloadView(units.get(unit), activeDays, rows, summaries(cases.unassignedOpenCases(unit), user), rangeViews, gaps);
    }

    public List<UserView> caseworkersOf(UnitId unit) {
        Map<UserId, UserView> all = new java.util.LinkedHashMap<>();
        for (Role role : List.of(Role.CASEWORKER, Role.INTAKE_OFFICER, Role.PAYMENT_OFFICER)) {
            users.withRole(unit, role).forEach(u -> all.putIfAbsent(u.id(), u));
        }
        return all.values().stream().sorted(Comparator.comparing(UserView::displayName)).toList();
    }

    @Transactional
    public void addBirthDayRange(UnitId unit, UserId caseworker, Integer firstDay, Integer lastDay, CurrentUser user) {
        if (!user.belongsTo(unit) || !user.allocatesCases()) {
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
    public void retireBirthDayRange(UnitId unit, UUID rangeId, CurrentUser user) {
        if (!user.belongsTo(unit) || !user.allocatesCases()) {
            throw new ForbiddenException("Bara arbetsledaren ändrar fördelningen.");
        }
        cases.retireBirthDayRange(unit, rangeId, user.id(), clock.instant());
        accessLog.record(user, new AccessEvent(AccessAction.CHANGE_ALLOCATION_RULES, unit, null, null, null, null, "Tog bort intervall"));
    }

    private List<CaseSummary> summaries(List<CaseListItem> items, CurrentUser user) {
        Set<PersonId> ids = new HashSet<>();
        items.forEach(i -> {
            if (i.applicant() != null) {
                ids.add(i.applicant());
            }
            if (i.matchedPerson() != null) {
                ids.add(i.matchedPerson());
            }
        });
        Map<PersonId, PersonView> people = persons.view(ids, user).stream().collect(Collectors.toMap(PersonView::id, Function.identity()));
        Map<UnitId, String> unitNames = new HashMap<>();
        Map<UserId, String> names = new HashMap<>();
        return items.stream().map(i -> {
            PersonView applicant = people.get(i.applicant());
            PersonView matched = i.matchedPerson() == null ? null : people.get(i.matchedPerson());
            return new CaseSummary(i.id(), i.number(), unitNames.computeIfAbsent(i.unit(), u -> units.get(u).name()), i.state(),
                    applicant == null ? "" : applicant.fullName(), applicant == null ? "" : applicant.personalNumber(),
                    i.responsibleCaseworker() == null ? null : names.computeIfAbsent(i.responsibleCaseworker(), this::nameOf),
                    i.openedAt(), i.lastActivityAt(),
                    matched == null ? null : matched.fullName(), matched == null ? null : matched.personalNumber(), i.matchedRole());
        }).toList();
    }

    private String nameOf(UserId id) {
        return users.find(id).map(UserView::displayName).orElse("Okänd användare");
    }

    /** The user's units, by name. */
    public List<UnitView> unitsOf(CurrentUser user) {
        return user.units().stream().map(units::get).sorted(Comparator.comparing(UnitView::name)).toList();
    }

    public Optional<UnitView> unitByCode(String code) {
        return units.byCode(code);
    }
}
