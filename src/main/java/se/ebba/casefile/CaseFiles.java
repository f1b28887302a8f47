package se.ebba.casefile;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.ebba.audit.AccessAction;
import se.ebba.audit.AccessEvent.Subject;
import se.ebba.audit.AccessEvent.SubjectType;
import se.ebba.casefile.domain.AssignmentMethod;
import se.ebba.casefile.domain.AssistanceCase;
import se.ebba.casefile.domain.BirthDayAllocationPolicy;
import se.ebba.casefile.domain.CaseAccessPolicy;
import se.ebba.casefile.domain.CaseContent;
import se.ebba.casefile.domain.CaseId;
import se.ebba.casefile.domain.CaseState;
import se.ebba.casefile.domain.HouseholdMember;
import se.ebba.casefile.internal.Cases;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.UnitView;
import se.ebba.identity.Units;
import se.ebba.identity.UserView;
import se.ebba.identity.domain.PersonalNumber;
import se.ebba.identity.domain.UnitId;
import se.ebba.identity.domain.UserId;
import se.ebba.shared.ForbiddenException;
import se.ebba.shared.InvalidInputException;
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
    private final Units units;
    private final CaseAccess access;
    private final CaseViews views;
    private final CaseLists lists;
    private final CaseReturns returns;
    private final CaseRegistrations registrations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseFiles(Cases cases, Units units, CaseAccess access, CaseViews views, CaseLists lists, CaseReturns returns,
              CaseRegistrations registrations, ApplicationEventPublisher events, Clock clock) {
        this.registrations = registrations;
        this.cases = cases;
        this.units = units;
        this.access = access;
        this.views = views;
        this.lists = lists;
        this.returns = returns;
        this.events = events;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- registering a household

    /** Registers the household and opens its case at intake; allocates by the birth-day rule unless a caseworker is given. */
    public CaseRef registerHousehold(HouseholdRegistration registration, CurrentUser user) {
        return registrations.registerHousehold(registration, user);
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
        access.log(user, c, action, detail, contentOf(action) == CaseContent.PAYMENT ? new Subject(SubjectType.PAYMENT, null)
                : new Subject(action == AccessAction.VIEW_JOURNAL ? SubjectType.JOURNAL : SubjectType.CASE, id.value()));
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
            case VIEW_APPLICATION, VIEW_APPLICATIONS, REGISTER_APPLICATION, WRITE_CHILD_IMPACT_ANALYSIS, CORRECT_MONTHLY_APPLICATION,
                 REQUEST_MONTHLY_DOCUMENTS -> CaseContent.APPLICATION;
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
            case VIEW_PAYMENTS, REGISTER_PAYMENT_ACCOUNT, VERIFY_PAYMENT, REJECT_PAYMENT, REISSUE_PAYMENT, LIST_PAYMENTS_TO_VERIFY,
                 LIST_PAYMENTS_TO_HANDLE, HAND_OVER_INCORRECT_PAYMENT -> CaseContent.PAYMENT;
            case START_PAYMENT_RUN, VIEW_PAYMENT_RUN, DOWNLOAD_PAYMENT_FILE, RECORD_PAYMENTS_SETTLED, RECORD_PAYMENT_RETURNED -> CaseContent.PAYMENT;
            case VIEW_CONTROLS, MARK_CONTROL -> CaseContent.CONTROLS;
            case VIEW_RECOVERY, REGISTER_INCORRECT_PAYMENT, RECORD_RECOVERY_STEP, DECIDE_RECOVERY -> CaseContent.RECOVERY;
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

    /** The system actor (ebba.system) as the acting user in one unit, for what another module does when no person acts. */
    public CurrentUser systemActor(UnitId unit) {
        return SystemActor.in(unit);
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
     * A list of one kind of case content across the user's units (the cashier's payments to verify):
     * refused and logged when the role may not read that content; otherwise one list row naming the cases.
     */
    public <T> List<T> showContentList(CurrentUser user, AccessAction action, String what, Supplier<List<T>> load,
                                       Function<T, CaseId> caseOf) {
        access.requireContent(user, contentOf(action), what);
        List<T> shown = load.get();
        access.logList(user, action, null, shown.stream().map(caseOf).toList(), what);
        return shown;
    }

    /**
     * One kind of content of many cases handled at once (a payment run, its file, the bank's answer):
     * refused unless the user belongs to every one of the units ({@code notFound}, a 404, logged) and the
     * role may read, or for a change may change, that content ({@code 403}, logged); otherwise
     * {@code work} runs and one row names every case it touched, about {@code subject}.
     */
    public <T> List<T> handleAcrossCases(CurrentUser user, java.util.Collection<UnitId> units, AccessAction action, boolean change,
                                         Subject subject, String notFound, Supplier<List<T>> work, Function<T, CaseId> caseOf) {
        CaseContent content = contentOf(action);
        UnitId unit = units.size() == 1 ? units.iterator().next() : null;
        if (units.isEmpty() || !units.stream().allMatch(user::belongsTo)) {
            access.deniedOutsideCase(user, unit, "Tillhör en annan enhet: " + action.text());
            throw new NotFoundException(notFound);
        }
        if (change ? !CaseAccessPolicy.mayChange(user.roles(), content) : !CaseAccessPolicy.mayRead(user.roles(), content)) {
            access.deniedOutsideCase(user, unit, "Rollen får inte: " + action.text());
            throw new ForbiddenException("Din roll får inte " + (change ? "ändra" : "se") + " detta.");
        }
        List<T> handled = work.get();
        access.logList(user, action, unit, handled.stream().map(caseOf).toList(), action.text(), subject);
        return handled;
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

    /**
     * The household of a case as the unit's person ids and roles, for other modules' event listeners
     * (ids and roles say nothing about anyone, so nothing is logged); empty for an unknown case.
     */
    public List<HouseholdMember> householdMembers(CaseId id) {
        return cases.household(id);
    }

    /**
     * Which household roles each case has (applicant, co-applicant, children, other adults), for
     * another module's list view: call it inside {@link #showList} or after {@link #openCases}, which
     * check the role and log the cases shown. The roles name no one.
     */
    public java.util.Map<CaseId, java.util.Set<se.ebba.casefile.domain.HouseholdRole>> householdRoles(java.util.Collection<CaseId> ids) {
        return cases.householdRoles(ids);
    }

    /**
     * The case numbers of cases for another module's list rows: call it inside {@link #showList} or
     * {@link #showContentList}, which check the role and log the cases shown.
     */
    public java.util.Map<CaseId, se.ebba.casefile.domain.CaseNumber> numbersOf(java.util.Collection<CaseId> ids) {
        return cases.numbers(ids);
    }

    /**
     * For a module acting as the system (a proposal prepared, an automatic grant): the case's details,
     * with one access-log row by the system actor of the case's unit, who is returned beside them.
     */
    public CasePart<CurrentUser> openAsSystem(CaseId id, AccessAction action, String detail, Subject subject) {
        AssistanceCase c = cases.find(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        CurrentUser system = SystemActor.in(c.unit());
        access.log(system, c, action, detail, subject);
        return new CasePart<>(views.details(c, system), system);
    }

    /** The user's units, by name. */
    public List<UnitView> unitsOf(CurrentUser user) {
        return user.units().stream().map(units::get).sorted(Comparator.comparing(UnitView::name)).toList();
    }

    public Optional<UnitView> unitByCode(String code) {
        return units.byCode(code);
    }
}
