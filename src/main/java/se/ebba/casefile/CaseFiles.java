package se.ebba.casefile;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.ebba.audit.AccessAction;
import se.ebba.audit.AccessEvent;
import se.ebba.audit.AccessEvent.Subject;
import se.ebba.audit.AccessEvent.SubjectType;
import se.ebba.audit.AccessLog;
import se.ebba.casefile.HouseholdRegistration.PersonInput;
import se.ebba.casefile.domain.AssignmentMethod;
import se.ebba.casefile.domain.AssistanceCase;
import se.ebba.casefile.domain.BirthDayAllocationPolicy;
import se.ebba.casefile.domain.CaseContent;
import se.ebba.casefile.domain.CaseId;
import se.ebba.casefile.domain.CaseNumber;
import se.ebba.casefile.domain.CaseState;
import se.ebba.casefile.domain.HouseholdMember;
import se.ebba.casefile.domain.HouseholdRole;
import se.ebba.casefile.domain.OpenCasePolicy;
import se.ebba.casefile.internal.Cases;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.NewPerson;
import se.ebba.identity.Persons;
import se.ebba.identity.UnitView;
import se.ebba.identity.Units;
import se.ebba.identity.UserView;
import se.ebba.identity.domain.InvalidPersonalNumberException;
import se.ebba.identity.domain.PersonId;
import se.ebba.identity.domain.PersonalNumber;
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

    static final String NOT_FOUND = CaseAccess.NOT_FOUND;

    private final Cases cases;
    private final Persons persons;
    private final Units units;
    private final AccessLog accessLog;
    private final CaseAccess access;
    private final CaseViews views;
    private final CaseLists lists;
    private final OpenCaseCheck openCases;
    private final CaseReturns returns;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseFiles(Cases cases, Persons persons, Units units, AccessLog accessLog, CaseAccess access, CaseViews views, CaseLists lists,
              OpenCaseCheck openCases, CaseReturns returns, ApplicationEventPublisher events, Clock clock) {
        this.openCases = openCases;
        this.cases = cases;
        this.persons = persons;
        this.units = units;
        this.accessLog = accessLog;
        this.access = access;
        this.views = views;
        this.lists = lists;
        this.returns = returns;
        this.events = events;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- registering a household

    /** Registers the household and opens its case at intake; allocates by the birth-day rule unless a caseworker is given. */
    @Transactional
    public CaseRef registerHousehold(HouseholdRegistration registration, CurrentUser user) {
        if (!user.registersHouseholds()) {
            access.deniedOutsideCase(user, registration.unit(), "Rollen får inte registrera hushåll");
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
        if (errors.isEmpty()) {
            // The duplicate check (docs/intake.md): no second open case, here or at another unit.
            for (String field : List.of("applicant", "coApplicant")) {
                if (numbers.containsKey(field)) {
                    OpenCasePolicy.Outcome open = openCases.check(numbers.get(field), registration.unit(), user);
                    if (!open.allowsNewCase()) {
                        errors.add(new FieldError(field + ".personalNumber", open.message()));
                    }
                }
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

    /**
     * Every case, current or earlier, of the unit where the personnummer is a member of the
     * household (pågående/tidigare aktualitet), for a page of another module about the person (a
     * contact at intake). One row in the access log: {@code action} about {@code subject}, naming
     * the cases shown.
     */
    public List<CaseSummary> casesOfPerson(PersonalNumber number, UnitId unit, CurrentUser user, AccessAction action, Subject subject,
                                           String detail) {
        return lists.casesOfPerson(number, unit, user, action, subject, detail);
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
        return views.isCaseworkerOf(user, unit);
    }

    // ---------------------------------------------------------------- opening a case

    /** The case page: logs the view. A case of another unit answers as if it did not exist, and the attempt is logged. */
    public CaseDetails open(CaseId id, CurrentUser user) {
        AssistanceCase c = access.readable(id, user, CaseContent.CASE);
        CaseDetails details = views.details(c, user);
        access.log(user, c, AccessAction.VIEW_CASE, "Ärendet", new Subject(SubjectType.CASE, id.value()));
        return details;
    }

    /**
     * A page of the case other than the case page (the calculation page): the case's details, logged
     * once as {@code action} of the case.
     */
    public CaseDetails open(CaseId id, CurrentUser user, AccessAction action) {
        AssistanceCase c = access.readable(id, user, contentOf(action));
        CaseDetails details = views.details(c, user);
        access.log(user, c, action, action.text(), new Subject(contentOf(action) == CaseContent.CALCULATION ? SubjectType.CALCULATION
                : SubjectType.CASE, id.value()));
        return details;
    }

    /** A part of a case (an application, a decision, a letter …) and the case it belongs to. */
    public record CasePart<T>(CaseDetails caseDetails, T part) {
    }

    /**
     * Opens a part of a case for reading with exactly one row in the access log, naming the part:
     * e.g. "a decision of a case" is logged as {@code VIEW_DECISION} of that decision. {@code find}
     * looks the part up within the case; when it finds nothing the answer is 404 and nothing was
     * shown, so nothing is logged as a view.
     */
    public <T> CasePart<T> openPart(CaseId id, CurrentUser user, AccessAction action, SubjectType subjectType,
                                    Function<CaseDetails, Optional<T>> find, Function<T, UUID> idOf) {
        AssistanceCase c = access.readable(id, user, contentOf(action));
        CaseDetails details = views.details(c, user);
        T part = find.apply(details).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        access.log(user, c, action, action.text(), new Subject(subjectType, idOf.apply(part)));
        return new CasePart<>(details, part);
    }

    /** For other modules: lets the user into the case for reading and logs what they read. */
    public CaseRef openForReading(CaseId id, CurrentUser user, AccessAction action, String detail) {
        AssistanceCase c = access.readable(id, user, contentOf(action));
        access.log(user, c, action, detail, new Subject(action == AccessAction.VIEW_JOURNAL ? SubjectType.JOURNAL : SubjectType.CASE,
                id.value()));
        return ref(c, user);
    }

    /** For other modules: lets the user into the case for a change (what the role may change) and logs it. */
    public CaseRef openForChange(CaseId id, CurrentUser user, AccessAction action, String detail) {
        return openForChange(id, user, action, detail, null);
    }

    /** As {@link #openForChange(CaseId, CurrentUser, AccessAction, String)}, naming what is changed. */
    public CaseRef openForChange(CaseId id, CurrentUser user, AccessAction action, String detail, Subject subject) {
        AssistanceCase c = changeForLog(id, user, action, detail, subject);
        return ref(c, user);
    }

    /** For a change that needs the household (a child impact analysis): the case's details, with one row for the change. */
    public CaseDetails openDetailsForChange(CaseId id, CurrentUser user, AccessAction action, String detail, Subject subject) {
        return views.details(changeForLog(id, user, action, detail, subject), user);
    }

    private AssistanceCase changeForLog(CaseId id, CurrentUser user, AccessAction action, String detail, Subject subject) {
        AssistanceCase c = access.changeable(id, user, contentOf(action));
        access.log(user, c, action, detail, subject);
        cases.touch(id, clock.instant());
        return c;
    }

    private static CaseRef ref(AssistanceCase c, CurrentUser user) {
        return new CaseRef(c.id(), c.number(), c.unit(), c.state(), c.responsibleCaseworker(), c.isResponsible(user.id()));
    }

    /** Which kind of case data an action reads or changes, for the role matrix. */
    static CaseContent contentOf(AccessAction action) {
        return switch (action) {
            case VIEW_JOURNAL, ADD_JOURNAL_ENTRY -> CaseContent.JOURNAL;
            case VIEW_APPLICATION, VIEW_APPLICATIONS, REGISTER_APPLICATION, WRITE_CHILD_IMPACT_ANALYSIS -> CaseContent.APPLICATION;
            case VIEW_CALCULATION, SAVE_CALCULATION -> CaseContent.CALCULATION;
            case PROPOSE_DECISION, MAKE_DECISION, VIEW_DECISION, DOWNLOAD_DECISION_LETTER, REGISTER_NOTIFICATION, REGISTER_APPEAL ->
                    CaseContent.DECISION;
            case VIEW_INITIAL_ASSESSMENT, SAVE_INITIAL_ASSESSMENT, VIEW_BASIC_INVESTIGATION, SAVE_BASIC_INVESTIGATION, REFER_CASE,
                 VIEW_REFERRAL, REVIEW_REFERRAL -> CaseContent.INVESTIGATION;
            case VIEW_FIRST_MEETING, BOOK_FIRST_MEETING, DOWNLOAD_SUMMONS, RECORD_FIRST_MEETING, VIEW_CHECKLIST, MARK_CHECKLIST_ITEM,
                 REQUEST_DOCUMENTS, RECORD_BANK_STATEMENT, VIEW_CONSENTS, RECORD_CONSENT, WITHDRAW_CONSENT, RECORD_HOME_VISIT ->
                    CaseContent.INTAKE_DOCUMENTS;
            case VIEW_CHANGE_PLAN, WRITE_CHANGE_PLAN, FOLLOW_UP_CHANGE_PLAN, RECORD_PLAN_SIGNATURE, RECORD_MISSED_ACTIVITY,
                 RECORD_NO_PLAN_REASON -> CaseContent.CHANGE_PLAN;
            default -> CaseContent.CASE;
        };
    }


    // ---------------------------------------------------------------- changing a case

    @Transactional
    public void changeState(CaseId id, int expectedVersion, CaseState target, String reason, CurrentUser user) {
        AssistanceCase c = access.changeable(id, user, CaseContent.CASE);
        checkVersion(c, expectedVersion);
        CaseState from = c.state();
        Instant now = clock.instant();
        c.changeState(target, reason, user.id(), now);
        cases.update(c);
        access.log(user, c, AccessAction.CHANGE_STATE, from.name() + " → " + target.name(), new Subject(SubjectType.CASE, id.value()));
        events.publishEvent(new CaseStateChanged(c.id(), from, target, now));
    }

    @Transactional
    public void assign(CaseId id, int expectedVersion, UserId caseworker, String reason, CurrentUser user) {
        AssistanceCase c = access.changeable(id, user, CaseContent.CASE);
        if (!user.allocatesCases()) {
            access.deniedOutsideCase(user, c.unit(), "Rollen får inte fördela ärenden");
            throw new ForbiddenException("Bara arbetsledaren fördelar ärenden.");
        }
        checkVersion(c, expectedVersion);
        if (caseworker == null || !isCaseworkerOf(caseworker, c.unit())) {
            throw new InvalidInputException("caseworker", "Välj en handläggare på enheten.");
        }
        Instant now = clock.instant();
        c.assignTo(caseworker, AssignmentMethod.TEAM_LEAD, user.id(), now, reason);
        cases.update(c);
        access.log(user, c, AccessAction.ASSIGN_CASEWORKER, "Ny ansvarig handläggare", new Subject(SubjectType.CASE, id.value()));
        events.publishEvent(new CaseworkerAssigned(c.id(), caseworker, AssignmentMethod.TEAM_LEAD, now));
    }

    /**
     * Återaktualisera: reopens a closed case. Within {@code returnWithinMonths} of its closing (the
     * unit's setting, passed in by the caller that owns it) it goes back to the ongoing team and its
     * former caseworker, later to intake (ReturnPolicy). Logged, and published as
     * {@link CaseStateChanged} (and {@link CaseworkerAssigned} when the former caseworker takes it back).
     */
    public CaseRef reopen(CaseId id, int expectedVersion, int returnWithinMonths, String reason, CurrentUser user) {
        return returns.reopen(id, expectedVersion, returnWithinMonths, reason, user);
    }

    /**
     * A new application in a closed case reopens it (PROCESS.md §4), as the system: within the
     * return period with the former caseworker, later at intake. Nothing when the case is open.
     */
    public void reopenForNewApplication(CaseId id, int returnWithinMonths) {
        returns.reopenAsSystem(id, returnWithinMonths, "Ny ansökan registrerad i det avslutade ärendet");
    }

    /** An administrative closing by the system actor (no person decided it), with the reason recorded; nothing if already closed. */
    public void closeAsSystem(CaseId id, String reason) {
        returns.closeAsSystem(id, reason);
    }

    /**
     * Allocates the case by the birth-day rule (födelsedatumprincipen): the caseworker who owns the
     * applicant's day of birth becomes responsible. Empty when no range covers the day (the team lead
     * then chooses); when the rule names the caseworker already responsible, nothing changes.
     */
    @Transactional
    public Optional<UserId> assignByBirthDay(CaseId id, int expectedVersion, String reason, CurrentUser user) {
        AssistanceCase c = access.changeable(id, user, CaseContent.CASE);
        if (!user.allocatesCases()) {
            access.deniedOutsideCase(user, c.unit(), "Rollen får inte fördela ärenden");
            throw new ForbiddenException("Bara arbetsledaren fördelar ärenden.");
        }
        checkVersion(c, expectedVersion);
        int birthDay = PersonalNumber.parse(views.details(c, user).applicant().person().personalNumber(), LocalDate.now(clock)).birthDay();
        Optional<UserId> caseworker = new BirthDayAllocationPolicy(cases.activeBirthDayRanges(c.unit())).caseworkerFor(birthDay);
        if (caseworker.isEmpty() || c.isResponsible(caseworker.get())) {
            return caseworker;
        }
        Instant now = clock.instant();
        c.assignTo(caseworker.get(), AssignmentMethod.BY_BIRTH_DAY, user.id(), now, reason);
        cases.update(c);
        access.log(user, c, AccessAction.ASSIGN_CASEWORKER, "Ny ansvarig handläggare enligt födelsedag", new Subject(SubjectType.CASE, id.value()));
        events.publishEvent(new CaseworkerAssigned(c.id(), caseworker.get(), AssignmentMethod.BY_BIRTH_DAY, now));
        return caseworker;
    }

    private static void checkVersion(AssistanceCase c, int expectedVersion) {
        if (c.version() != expectedVersion) {
            throw new se.ebba.shared.ConcurrentEditException(
                    "Någon annan har ändrat ärendet medan du arbetade. Ladda om sidan och se ändringen innan du försöker igen.");
        }
    }

    // ---------------------------------------------------------------- lists and search (CaseLists)

    /** Mina ärenden: the caseworker's open cases, most recently active first; one list row in the access log. */
    public List<CaseSummary> myCases(CurrentUser user) {
        return lists.myCases(user);
    }

    /**
     * A list of cases that another module shows (Beslut att fatta): refused and logged when the
     * role may not see lists of case data; otherwise loaded and logged as one list view naming the
     * cases it holds.
     */
    public <T> List<T> showList(CurrentUser user, AccessAction action, String what, Supplier<List<T>> load, Function<T, CaseId> caseOf) {
        access.requireLists(user, null, what);
        List<T> shown = load.get();
        access.logList(user, action, null, shown.stream().map(caseOf).toList(), what);
        return shown;
    }

    /**
     * The open cases of the unit (or of one caseworker there) as list rows for the viewer, for another
     * module's list view: call it inside {@link #showList}, which checks the role and logs the cases shown.
     */
    public List<CaseSummary> openCases(UnitId unit, Optional<UserId> caseworker, CurrentUser viewer) {
        return lists.openCases(unit, caseworker, viewer);
    }

    /**
     * The open cases of a unit for another module's list view (the plan overview): the whole unit,
     * or only the user's own caseload; refused and logged when the role may not see case lists,
     * otherwise logged once as {@code action} naming every case shown.
     */
    public List<CaseSummary> openCases(UnitId unit, boolean wholeUnit, CurrentUser user, AccessAction action, String what) {
        return lists.openCases(unit, wholeUnit, user, action, what);
    }

    /** Finds cases in the user's units by case number, personnummer or name; other units' cases never show. */
    public List<CaseSummary> search(String query, CurrentUser user) {
        return lists.search(query, user);
    }

    /** The unit's caseload: per caseworker open and active cases, unassigned cases and birth-day ranges. */
    public CaseloadView caseload(UnitId unit, CurrentUser user) {
        return lists.caseload(unit, user);
    }

    public List<UserView> caseworkersOf(UnitId unit) {
        return lists.caseworkersOf(unit);
    }

    public void addBirthDayRange(UnitId unit, UserId caseworker, Integer firstDay, Integer lastDay, CurrentUser user) {
        lists.addBirthDayRange(unit, caseworker, firstDay, lastDay, user);
    }

    public void retireBirthDayRange(UnitId unit, UUID rangeId, CurrentUser user) {
        lists.retireBirthDayRange(unit, rangeId, user);
    }


    /**
     * The unit a case belongs to, for other modules' event listeners and system jobs (a case id and a
     * unit say nothing about anyone, so nothing is logged); empty when there is no such case.
     */
    public Optional<UnitId> unitOf(CaseId id) {
        return cases.find(id).map(AssistanceCase::unit);
    }

    /** The user's units, by name. */
    public List<UnitView> unitsOf(CurrentUser user) {
        return user.units().stream().map(units::get).sorted(Comparator.comparing(UnitView::name)).toList();
    }

    public Optional<UnitView> unitByCode(String code) {
        return units.byCode(code);
    }
}
