package se.ebba.monthly;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.ebba.application.Applications;
import se.ebba.application.domain.Application;
import se.ebba.application.domain.ApplicationId;
import se.ebba.application.domain.ApplicationKind;
import se.ebba.application.domain.ApplicationState;
import se.ebba.application.domain.ItemKind;
import se.ebba.audit.AccessAction;
import se.ebba.audit.AccessEvent.Subject;
import se.ebba.audit.AccessEvent.SubjectType;
import se.ebba.calculation.RuleTables;
import se.ebba.calculation.domain.CalculationInput;
import se.ebba.calculation.domain.Calculator;
import se.ebba.calculation.domain.InputChanges;
import se.ebba.casefile.CaseDetails;
import se.ebba.casefile.CaseFiles;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.CurrentUser;
import se.ebba.monthly.domain.ApplicationWindow;
import se.ebba.monthly.domain.ChecklistItem;
import se.ebba.monthly.domain.Completeness;
import se.ebba.monthly.domain.MonthlyApplication;
import se.ebba.monthly.domain.MonthlyDocumentRequest;
import se.ebba.monthly.domain.MonthlyFacts;
import se.ebba.monthly.internal.MonthlyRecords;
import se.ebba.shared.ConcurrentEditException;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.InvalidInputException.FieldError;
import se.ebba.shared.NotFoundException;

/**
 * Monthly applications of a case: the month's page (started from last month's), registering an
 * application, correcting it as a new version, and requesting what is missing. After every save the
 * application is checked against the checklist and moved to INCOMPLETE or COMPLETE through
 * {@link Applications}; when it is complete, {@link MonthlyApplicationCompleted} is published.
 * Every view and change goes through the case file and is logged there.
 */
@Service
public class MonthlyApplications {

    static final String NOT_FOUND = "Månadsansökan finns inte i ärendet.";

    private final MonthlyRecords records;
    private final MonthlyStarts starts;
    private final ApplicationWindows windows;
    private final Applications applications;
    private final CaseFiles caseFiles;
    private final RuleTables rules;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MonthlyApplications(MonthlyRecords records, MonthlyStarts starts, ApplicationWindows windows, Applications applications,
                        CaseFiles caseFiles, RuleTables rules, ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.starts = starts;
        this.windows = windows;
        this.applications = applications;
        this.caseFiles = caseFiles;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
    }

    /** What a new month's form starts from, and last month's input when there is one. */
    public record Start(StartOrigin origin, MonthlyFacts facts, Optional<CalculationInput> previous) {
    }

    /** The month's application as it stands: its state, newest version, what is missing, requests and what changed since last month. */
    public record Current(Application application, MonthlyApplication version, Completeness completeness,
                          List<MonthlyDocumentRequest> requests, Optional<InputChanges> changes) {

        public boolean correctable() {
            return application.state().ordinal() <= ApplicationState.COMPLETE.ordinal();
        }

        public Optional<MonthlyDocumentRequest> latestRequest() {
            return requests.isEmpty() ? Optional.empty() : Optional.of(requests.getLast());
        }
    }

    /** The month's page of a case: the application if there is one, else where the new one starts from. */
    public record MonthPage(CaseDetails caseDetails, YearMonth month, Optional<Current> current, Start start, ApplicationWindow window,
                            List<ChecklistItem> checklist, LocalDate today) {

        /** The documents the officer marks as handed in (the statements are checked from the statements themselves). */
        public List<ChecklistItem> markedItems() {
            return checklist.stream().filter(ChecklistItem::marked).toList();
        }

        public boolean late(LocalDate receivedOn) {
            return window.late(month, receivedOn);
        }
    }

    /** A monthly application as entered: for which month, the day it came in, and what it says. */
    public record MonthlyDraft(YearMonth month, LocalDate receivedOn, MonthlyFacts facts) {
    }

    /** The month's page; one row in the access log. */
    public MonthPage page(CaseId caseId, YearMonth month, CurrentUser user) {
        CaseDetails details = caseFiles.open(caseId, user, AccessAction.VIEW_APPLICATIONS);
        Optional<Current> current = records.currentOfCase(caseId).stream().filter(v -> v.month().equals(month)).findFirst()
                .map(v -> current(caseId, v));
        LocalDate today = LocalDate.now(clock);
        return new MonthPage(details, month, current, starts.startFor(details, month), windows.forMonth(details.unit().id(), month),
                records.checklist().stream().filter(i -> i.validOn(today)).toList(), today);
    }

    /** The month of the case's monthly application, for a link to its page; empty when it is not a monthly application of the case. */
    public Optional<YearMonth> monthOf(CaseId caseId, ApplicationId applicationId) {
        return records.current(applicationId).filter(v -> v.caseId().equals(caseId)).map(MonthlyApplication::month);
    }

    /**
     * Registers the month's application (kind MONTHLY: försörjningsstöd, and one item per other need)
     * with its facts, and checks it: INCOMPLETE with what is missing, or COMPLETE (then published).
     */
    @Transactional
    public Current register(CaseId caseId, MonthlyDraft draft, CurrentUser user) {
        check(draft);
        Application application = applications.register(caseId, new Applications.NewApplication(ApplicationKind.MONTHLY, draft.month(),
                draft.receivedOn(), items(draft.facts())), user);
        if (records.currentOfCase(caseId).stream().anyMatch(v -> v.month().equals(draft.month()))) {
            throw new InvalidInputException("month", "Det finns redan en månadsansökan för " + draft.month() + ". Rätta den i stället.");
        }
        ApplicationWindow window = windows.forMonth(caseFiles.unitOf(caseId).orElseThrow(), draft.month());
        MonthlyApplication version = MonthlyApplication.receive(application.id(), caseId, draft.month(), draft.receivedOn(), window,
                draft.facts(), recorded(user));
        return save(caseId, application, version, user);
    }

    /**
     * Corrects the application as a new version (while it is not yet calculated or decided) and checks
     * it again. {@code expectedVersion} is the version the user saw: a newer one is refused.
     */
    @Transactional
    public Current correct(CaseId caseId, ApplicationId applicationId, int expectedVersion, MonthlyFacts facts, CurrentUser user) {
        caseFiles.openForChange(caseId, user, AccessAction.CORRECT_MONTHLY_APPLICATION, "Månadsansökan rättad",
                new Subject(SubjectType.APPLICATION, applicationId.value()));
        MonthlyApplication previous = records.current(applicationId).filter(v -> v.caseId().equals(caseId))
                .orElseThrow(() -> new NotFoundException(NOT_FOUND));
        Application application = applications.application(caseId, applicationId);
        if (previous.versionNo() != expectedVersion) {
            throw new ConcurrentEditException("Någon annan har rättat månadsansökan medan du arbetade. Ladda om sidan och se ändringen innan du försöker igen.");
        }
        if (application.state().ordinal() > ApplicationState.COMPLETE.ordinal()) {
            throw new InvalidInputException("month", "Ansökan är redan " + application.state().text().toLowerCase(java.util.Locale.ROOT)
                    + " och kan inte rättas. Registrera en ny ansökan om något har ändrats.");
        }
        check(new MonthlyDraft(previous.month(), previous.receivedOn(), facts));
        // What is applied for follows the correction (an other need added, changed or dropped), so the decision names what was asked.
        Application revised = applications.reviseItems(caseId, applicationId, items(facts), user);
        return save(caseId, revised, previous.correct(facts, recorded(user)), user);
    }

    /** A request for everything the application lacks, due on the day (the unit's default is offered by the page). */
    @Transactional
    public MonthlyDocumentRequest requestDocuments(CaseId caseId, ApplicationId applicationId, LocalDate dueOn, String note,
                                                   CurrentUser user) {
        caseFiles.openForChange(caseId, user, AccessAction.REQUEST_MONTHLY_DOCUMENTS, "Begäran om komplettering",
                new Subject(SubjectType.APPLICATION, applicationId.value()));
        MonthlyApplication version = records.current(applicationId).filter(v -> v.caseId().equals(caseId))
                .orElseThrow(() -> new NotFoundException(NOT_FOUND));
        MonthlyDocumentRequest request = MonthlyDocumentRequest.request(applicationId, completeness(caseId, version), dueOn, note,
                LocalDate.now(clock), user.displayName(), clock.instant());
        records.add(request, caseId, user.id().value());
        return request;
    }

    private Current save(CaseId caseId, Application application, MonthlyApplication version, CurrentUser user) {
        Completeness completeness = completeness(caseId, version);
        records.add(version, completeness.missing().stream().map(Completeness.Missing::text).toList());
        Application moved = application;
        if (completeness.complete()) {
            if (application.state() != ApplicationState.COMPLETE) {
                moved = applications.markComplete(caseId, application.id(), "Alla uppgifter och underlag i månadsansökan finns", user);
            }
            events.publishEvent(new MonthlyApplicationCompleted(caseId, application.id(), version.month(), clock.instant(), version.late(),
                    version.facts().input(), version.facts().unaccountedDeposits().stream()
                    .map(d -> new MonthlyApplicationCompleted.Deposit(d.account(), d.deposit().bookedOn(), d.deposit().amount())).toList()));
        } else if (application.state() != ApplicationState.INCOMPLETE) {
            String why = completeness.summary();
            moved = applications.markIncomplete(caseId, application.id(), why.length() > 2000 ? why.substring(0, 1999) + "…" : why, user);
        }
        return new Current(moved, version, completeness, records.requests(application.id()), changes(caseId, version));
    }

    private Current current(CaseId caseId, MonthlyApplication version) {
        return new Current(applications.application(caseId, version.applicationId()), version, completeness(caseId, version),
                records.requests(version.applicationId()), changes(caseId, version));
    }

    private Completeness completeness(CaseId caseId, MonthlyApplication version) {
        boolean costsChanged = changes(caseId, version).map(c -> !c.in(InputChanges.Area.COST).isEmpty()).orElse(false);
        return Completeness.assess(records.checklist(), version.facts(), version.receivedOn(), costsChanged,
                starts.earlierStatements(caseId, version.month()));
    }

    private Optional<InputChanges> changes(CaseId caseId, MonthlyApplication version) {
        return starts.previousInput(caseId, version.month()).map(previous -> InputChanges.between(previous, version.facts().input()));
    }

    /** Everything wrong with the draft, all at once: the month's input by the calculation's rules, the statements by ours. */
    private void check(MonthlyDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        if (draft.month() == null) {
            errors.add(new FieldError("month", "Skriv vilken månad ansökan gäller som ÅÅÅÅ-MM, t.ex. 2026-12."));
        }
        if (draft.receivedOn() == null) {
            errors.add(new FieldError("receivedOn", "Skriv datumet då ansökan kom in, som ÅÅÅÅ-MM-DD."));
        } else if (draft.receivedOn().isAfter(today)) {
            errors.add(new FieldError("receivedOn", "Datumet då ansökan kom in kan inte vara senare än i dag."));
        }
        for (InvalidInputException.FieldError e : inputErrors(draft.facts().input())) {
            if (errors.stream().noneMatch(x -> x.field().equals(e.field()))) {
                errors.add(e);
            }
        }
        errors.addAll(draft.facts().errors(today));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private List<FieldError> inputErrors(CalculationInput input) {
        try {
            Calculator.validate(input);
            rules.amountLimits().check(input);
            return List.of();
        } catch (InvalidInputException e) {
            return e.errors();
        }
    }

    /** Försörjningsstöd for the month, and each other need as an item of its own. */
    private static List<Applications.NewItem> items(MonthlyFacts facts) {
        return Stream.concat(Stream.of(new Applications.NewItem(ItemKind.LIVELIHOOD_SUPPORT, null, null)),
                facts.input().otherNeeds().stream().map(n -> new Applications.NewItem(ItemKind.OTHER_NEEDS, n.description(), n.amount())))
                .toList();
    }

    private MonthlyApplication.Recorded recorded(CurrentUser user) {
        return new MonthlyApplication.Recorded(user.id().value(), user.displayName(), clock.instant());
    }
}
