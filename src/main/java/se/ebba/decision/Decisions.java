package se.ebba.decision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.ebba.audit.AccessAction;
import se.ebba.audit.AccessEvent.Subject;
import se.ebba.audit.AccessEvent.SubjectType;
import se.ebba.calculation.Calculations;
import se.ebba.calculation.RuleTables;
import se.ebba.calculation.RuleTables.LegalBasis;
import se.ebba.calculation.SavedCalculation;
import se.ebba.calculation.SupportHistory;
import se.ebba.calculation.domain.Kronor;
import se.ebba.casefile.CaseDetails;
import se.ebba.casefile.CaseFiles;
import se.ebba.casefile.CaseFiles.CasePart;
import se.ebba.casefile.CaseRef;
import se.ebba.casefile.domain.CaseId;
import se.ebba.casefile.domain.CaseState;
import se.ebba.casefile.domain.HouseholdRole;
import se.ebba.decision.domain.Appeal;
import se.ebba.decision.domain.AppealDeadline;
import se.ebba.decision.domain.AppealStepKind;
import se.ebba.decision.domain.Application;
import se.ebba.decision.domain.ApplicationKind;
import se.ebba.decision.domain.AppliedItem;
import se.ebba.decision.domain.ChildImpactAnalysis;
import se.ebba.decision.domain.Decision;
import se.ebba.decision.domain.DecisionDraft;
import se.ebba.decision.domain.DecisionGround;
import se.ebba.decision.domain.DecisionRules;
import se.ebba.decision.domain.DecisionRules.Resolution;
import se.ebba.decision.domain.DelegationPolicy;
import se.ebba.decision.domain.DelegationPolicy.Verdict;
import se.ebba.decision.domain.ItemKind;
import se.ebba.decision.domain.Notification;
import se.ebba.decision.domain.NotificationMethod;
import se.ebba.decision.domain.PartialRefusalPolicy;
import se.ebba.decision.domain.Proposal;
import se.ebba.decision.domain.RefusedPart;
import se.ebba.decision.domain.SwedishDates;
import se.ebba.decision.internal.DecisionStore;
import se.ebba.decision.letter.DecisionLetter;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.PersonView;
import se.ebba.identity.domain.Role;
import se.ebba.identity.domain.UnitId;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.InvalidInputException.FieldError;
import se.ebba.shared.NotFoundException;

/**
 * The decision module's API: applications, child impact analyses, decisions under delegation,
 * proposals routed to someone with delegation, letters, notification and appeals. Everything goes
 * through the case file's access rules and is written to the access log.
 */
@Service
public class Decisions implements SupportHistory {

    static final String NOT_FOUND = "Ansökan eller beslutet finns inte i ärendet.";
    private static final java.time.Period APPEAL_PERIOD = AppealDeadline.THREE_WEEKS;

    private final DecisionStore store;
    private final CaseFiles caseFiles;
    private final Calculations calculations;
    private final RuleTables ruleTables;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DecisionLetters letters;

    Decisions(DecisionStore store, CaseFiles caseFiles, Calculations calculations, RuleTables ruleTables,
              ApplicationEventPublisher events, Clock clock, DecisionLetters letters) {
        this.letters = letters;
        this.store = store;
        this.caseFiles = caseFiles;
        this.calculations = calculations;
        this.ruleTables = ruleTables;
        this.events = events;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ applications

    public record NewItem(ItemKind kind, String description, Long amount) {
    }

    public record NewApplication(ApplicationKind kind, YearMonth month, LocalDate receivedOn, List<NewItem> items) {
    }

    @Transactional
    public Application register(CaseId caseId, NewApplication form, CurrentUser user) {
        CaseRef ref = caseFiles.openForChange(caseId, user, AccessAction.REGISTER_APPLICATION, "Ansökan");
        if (ref.state() == CaseState.CLOSED) {
            throw new InvalidInputException("kind", "Ärendet är avslutat. Aktualisera det igen innan en ny ansökan registreras.");
        }
        CheckedApplication checked = check(form, LocalDate.now(clock));
        if (!checked.errors().isEmpty()) {
            throw new InvalidInputException(checked.errors());
        }
        Application application = new Application(UUID.randomUUID(), caseId.value(), form.kind(), form.month(), form.receivedOn(),
                checked.items(), clock.instant());
        store.saveApplication(application, user.id().value());
        events.publishEvent(new ApplicationRegistered(caseId, application.id(), application.month()));
        return application;
    }

    /** An application form read: its items (descriptions filled in) and everything wrong with it. */
    public record CheckedApplication(List<AppliedItem> items, List<FieldError> errors) {
    }

    /**
     * Everything wrong with an application form, one Swedish message per field. Also used by the
     * page to show every error at once.
     */
    public static CheckedApplication check(NewApplication form, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        List<AppliedItem> items = new ArrayList<>();
        if (form.kind() == null) {
            errors.add(new FieldError("kind", "Välj vilken sorts ansökan det är."));
        }
        if (form.month() == null) {
            errors.add(new FieldError("month", "Skriv vilken månad ansökan gäller som ÅÅÅÅ-MM, t.ex. 2026-12."));
        }
        if (form.receivedOn() == null) {
            errors.add(new FieldError("receivedOn", "Skriv datumet då ansökan kom in, som ÅÅÅÅ-MM-DD."));
        } else if (form.receivedOn().isAfter(today)) {
            errors.add(new FieldError("receivedOn", "Datumet då ansökan kom in kan inte vara senare än i dag."));
        }
        for (int i = 0; i < form.items().size(); i++) {
            NewItem item = form.items().get(i);
            String description = item.description() == null || item.description().isBlank()
                    ? (item.kind() == ItemKind.LIVELIHOOD_SUPPORT && form.month() != null ? "Försörjningsstöd för " + SwedishDates.month(form.month()) : "")
                    : item.description().strip();
            if (item.kind() == null) {
                errors.add(new FieldError("items[" + i + "].kind", "Välj vad som söks på rad " + (i + 1) + "."));
                continue;
            }
            if (description.isEmpty()) {
                errors.add(new FieldError("items[" + i + "].description", "Beskriv vad som söks på rad " + (i + 1) + "."));
            } else if (description.length() > 500) {
                errors.add(new FieldError("items[" + i + "].description", "Beskrivningen på rad " + (i + 1) + " får vara högst 500 tecken."));
            }
            if (item.amount() != null && (item.amount() < 0 || item.amount() > 1_000_000)) {
                errors.add(new FieldError("items[" + i + "].amount", "Beloppet på rad " + (i + 1) + " ska vara mellan 0 och 1 000 000 kr."));
            }
            if (item.kind() == ItemKind.OTHER_NEEDS && item.amount() == null) {
                errors.add(new FieldError("items[" + i + "].amount", "Skriv beloppet som söks för " + (description.isEmpty() ? "rad " + (i + 1) : description) + "."));
            }
            items.add(new AppliedItem(UUID.randomUUID(), i, item.kind(), description, item.amount()));
        }
        if (form.items().isEmpty()) {
            errors.add(new FieldError("items", "Ansökan måste gälla minst en sak: försörjningsstöd eller ett annat behov."));
        }
        return new CheckedApplication(items, errors);
    }

    /** The case's applications with their decisions, newest month first. */
    public List<ApplicationSummary> applications(CaseId caseId, CurrentUser user) {
        caseFiles.openForReading(caseId, user, AccessAction.VIEW_APPLICATIONS, "Ansökningar");
        return store.applicationsOfCase(caseId.value()).stream()
                .map(a -> new ApplicationSummary(a, store.decisionOf(a.id()).orElse(null), store.latestProposal(a.id()).orElse(null))).toList();
    }

    public record ApplicationSummary(Application application, Decision decision, Proposal proposal) {
    }

    /** Everything the application page shows: the household, the calculation, the analyses, the proposal and the decision. */
    public record ApplicationPage(CaseDetails caseDetails, Application application, SavedCalculation calculation,
                                  List<ChildStatus> children, Proposal proposal, Decision decision) {

        /** What the saved calculation does not accept of what was claimed: each a partial refusal needing its reasons. */
        public List<RefusedPart> refusedParts() {
            return calculation == null ? List.of() : PartialRefusalPolicy.refusedParts(calculation.result().lines());
        }
    }

    /** A child of the household and its newest child impact analysis for this application (null when none). */
    public record ChildStatus(PersonView child, ChildImpactAnalysis analysis) {
    }

    /** The application page; one row in the access log (VIEW_APPLICATION of this application). */
    public ApplicationPage application(CaseId caseId, UUID applicationId, CurrentUser user) {
        CasePart<Application> opened = caseFiles.openPart(caseId, user, AccessAction.VIEW_APPLICATION, SubjectType.APPLICATION,
                details -> store.application(applicationId).filter(a -> a.caseId().equals(caseId.value())), Application::id);
        return pageOf(opened.caseDetails(), opened.part());
    }

    /**
     * The application page of a decision page already opened (and logged): a changed decision is
     * written on the application's form, which is not a second view.
     */
    public ApplicationPage applicationOf(DecisionPage opened) {
        return pageOf(opened.caseDetails(), opened.application());
    }

    /** Builds the page of a case the user has been let into; writes nothing to the log. */
    private ApplicationPage pageOf(CaseDetails details, Application application) {
        return new ApplicationPage(details, application, latestCalculation(details.id(), application).orElse(null),
                children(details, application), store.latestProposal(application.id()).orElse(null),
                store.decisionOf(application.id()).orElse(null));
    }

    private ApplicationPage pageForChange(CaseId caseId, UUID applicationId, CurrentUser user, AccessAction action, String detail) {
        CaseDetails details = caseFiles.openDetailsForChange(caseId, user, action, detail, new Subject(SubjectType.APPLICATION, applicationId));
        return pageOf(details, applicationOf(caseId, applicationId));
    }

    private Application applicationOf(CaseId caseId, UUID applicationId) {
        return store.application(applicationId).filter(a -> a.caseId().equals(caseId.value()))
                .orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    private Optional<SavedCalculation> latestCalculation(CaseId caseId, Application application) {
        return calculations.latestSaved(caseId, application.month());
    }

    private List<ChildStatus> children(CaseDetails details, Application application) {
        Map<UUID, ChildImpactAnalysis> newest = new LinkedHashMap<>();
        store.analyses(application.id()).forEach(a -> newest.put(a.childPersonId(), a));
        return details.household().stream().filter(m -> m.role() == HouseholdRole.CHILD)
                .map(m -> new ChildStatus(m.person(), newest.get(m.person().id().value()))).toList();
    }

    // ------------------------------------------------------------------ child impact analyses

    public record NewAnalysis(UUID childPersonId, String situation, String effect, String bestInterests) {
    }

    @Transactional
    public ChildImpactAnalysis writeAnalysis(CaseId caseId, UUID applicationId, NewAnalysis form, CurrentUser user) {
        CaseDetails details = caseFiles.openDetailsForChange(caseId, user, AccessAction.WRITE_CHILD_IMPACT_ANALYSIS, "Barnkonsekvensanalys",
                new Subject(SubjectType.APPLICATION, applicationId));
        Application application = applicationOf(caseId, applicationId);
        ChildStatus child = children(details, application).stream()
                .filter(c -> c.child().id().value().equals(form.childPersonId())).findFirst()
                .orElseThrow(() -> new InvalidInputException("childPersonId", "Välj ett av barnen i hushållet."));
        List<FieldError> errors = new ArrayList<>();
        String who = child.child().firstName();
        requireText(errors, "situation", form.situation(), "Beskriv " + who + "s situation.");
        requireText(errors, "effect", form.effect(), "Beskriv hur beslutet påverkar " + who + ".");
        requireText(errors, "bestInterests", form.bestInterests(), "Beskriv hur " + who + "s bästa har vägts in i beslutet.");
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ChildImpactAnalysis analysis = new ChildImpactAnalysis(UUID.randomUUID(), applicationId, form.childPersonId(),
                form.situation().strip(), form.effect().strip(), form.bestInterests().strip(), clock.instant(), user.displayName(),
                child.analysis() == null ? null : child.analysis().id());
        store.saveAnalysis(analysis, user.id().value());
        return analysis;
    }

    private static void requireText(List<FieldError> errors, String field, String value, String message) {
        requireText(errors, field, value, message, 10_000);
    }

    private static void requireText(List<FieldError> errors, String field, String value, String message, int max) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, message));
        } else if (value.strip().length() > max) {
            errors.add(new FieldError(field, "Texten får vara högst " + Kronor.format(max) + " tecken."));
        }
    }

    // ------------------------------------------------------------------ deciding

    /** What the decision form shows before deciding: the checks, the delegation and the letter as it would read. */
    /** @param canPropose whether the draft may be sent as a proposal (not for a changed decision) */
    public record Preview(Resolution resolution, Verdict delegation, DecisionLetter letter, boolean canPropose) {

        /** "4.1 (Försörjningsstöd, högst 30 000 kr)" when the user may decide, otherwise null. */
        public String allowedUnder() {
            return delegation instanceof Verdict.Allowed a ? a.describe() : null;
        }

        /** What to tell a user who may not decide this, otherwise null. */
        public String notAllowed() {
            return delegation instanceof Verdict.Allowed ? null : delegationMessage(delegation, canPropose);
        }
    }

    public Preview preview(CaseId caseId, UUID applicationId, DecisionDraft draft, CurrentUser user) {
        return preview(application(caseId, applicationId, user), draft, null, user);
    }

    /** The preview on an application page the user has already opened (logged once, by {@link #application}). */
    public Preview preview(ApplicationPage opened, DecisionDraft draft, CurrentUser user) {
        return preview(opened, draft, null, user);
    }

    /** The preview of a changed decision on a decision page already opened (logged once, by {@link #decision}). */
    public Preview previewChange(DecisionPage opened, DecisionDraft draft, CurrentUser user) {
        if (!opened.inForce()) {
            throw new se.ebba.shared.ConcurrentEditException("Beslutet har redan ersatts av ett ändrat beslut. Öppna det nya beslutet.");
        }
        return preview(applicationOf(opened), draft, opened.decision(), user);
    }

    /** The preview of a changed decision that would replace {@code decisionId}. */
    public Preview previewChange(CaseId caseId, UUID decisionId, DecisionDraft draft, CurrentUser user) {
        Decision replaced = currentDecision(caseId, decisionId);
        return preview(application(caseId, replaced.applicationId(), user), draft, replaced, user);
    }

    private Preview preview(ApplicationPage page, DecisionDraft draft, Decision replacing, CurrentUser user) {
        Resolution resolution = resolve(page, draft);
        Verdict verdict = delegation(page, draft, resolution, user.roles());
        LocalDate today = LocalDate.now(clock);
        LegalBasis law = ruleTables.legalBasis(today);
        Verdict.Allowed allowed = verdict instanceof Verdict.Allowed a ? a : null;
        DecisionLetter letter = letters.build(page, new DecisionLetters.Content(draft.ground(),
                DecisionLetters.reasonsOf(draft, resolution.refusedParts()), draft.activity(), resolution.items().stream()
                .map(r -> new DecisionLetters.ItemOutcome(r.item().description(), r.outcome(), r.reference(), r.granted())).toList(),
                resolution.refusedParts(), resolution.againstApplicant(),
                DecisionLetters.legalBasisLines(page, draft.ground(), resolution.againstApplicant(), law), user.displayName(),
                allowed == null ? "" : allowed.title(), allowed == null ? "" : allowed.describe(), today, law, replacing, true));
        return new Preview(resolution, verdict, letter, replacing == null);
    }

    /** A granted amount above the plausible bound (table amount_limit) is refused as a typing error, naming the item. */
    private Resolution withinAmountLimit(Resolution resolution) {
        long max = ruleTables.amountLimits().grantedItem();
        Resolution checked = resolution;
        for (DecisionRules.ResolvedItem item : resolution.items()) {
            if (item.granted() > max || item.reference() > max) {
                checked = checked.withError(new FieldError("item" + item.item().position() + (item.outcome() == se.ebba.decision.domain.Outcome.PARTLY_GRANTED ? ".granted" : ".outcome"),
                        item.item().description() + ": ett beviljat belopp får vara högst " + se.ebba.calculation.domain.Kronor.format(max)
                                + " kr. Kontrollera beloppet och beräkningen."));
            }
        }
        return checked;
    }

    private Resolution resolve(ApplicationPage page, DecisionDraft draft) {
        Long calculated = page.calculation() == null ? null : page.calculation().result().result();
        List<DecisionRules.Child> children = page.children().stream()
                .map(c -> new DecisionRules.Child(c.child().id().value(), c.child().firstName(), c.analysis() != null)).toList();
        Resolution resolution = DecisionRules.resolve(page.application(), draft, calculated, page.refusedParts(), children);
        resolution = withinAmountLimit(resolution);
        if (page.calculation() == null && resolution.errors().stream().noneMatch(e -> e.field().equals("calculation"))) {
            // Also a decision on other needs alone rests on the household's calculation for the month.
            return resolution.withError(new FieldError("calculation", "Spara en beräkning för " + SwedishDates.month(page.application().month())
                    + " innan beslutet fattas: beslutet ska vila på en sparad beräkning."));
        }
        return resolution;
    }

    private Verdict delegation(ApplicationPage page, DecisionDraft draft, Resolution resolution, Set<Role> roles) {
        DelegationPolicy policy = new DelegationPolicy(store.delegationRules(page.caseDetails().unit().id().value()));
        return policy.checkAll(roles, resolution.delegationAmounts(draft.ground()), LocalDate.now(clock));
    }

    /**
     * Makes the decision when the draft is complete and the user's delegation covers it. A decision
     * is always made by a person: this is the only way one comes into being.
     *
     * @throws InvalidInputException naming what is missing, including "delegation" when the user may
     *                               not decide it (the form then offers to send it as a proposal)
     */
    @Transactional
    public Decision decide(CaseId caseId, UUID applicationId, DecisionDraft draft, CurrentUser user) {
        return decide(caseId, applicationId, application -> draft, user);
    }

    /** As {@link #decide(CaseId, UUID, DecisionDraft, CurrentUser)}, with the draft read from a form of the application's items. */
    @Transactional
    public Decision decide(CaseId caseId, UUID applicationId, Function<ApplicationPage, DecisionDraft> draftOf, CurrentUser user) {
        ApplicationPage page = pageForChange(caseId, applicationId, user, AccessAction.MAKE_DECISION, "Beslut");
        DecisionDraft draft = draftOf.apply(page);
        if (page.decision() != null) {
            throw new se.ebba.shared.ConcurrentEditException("Ansökan har redan ett beslut, fattat "
                    + page.decision().decisionDate() + " av " + page.decision().decidedByName() + ".");
        }
        return make(caseId, page, draft, null, user);
    }

    /**
     * Makes a changed decision (ändrat beslut, förvaltningslagen 37–39 §§), e.g. on reconsideration of
     * an appeal: a new decision on the same application that replaces the one in force, which is kept.
     * The same checks and delegation apply; the applicant gets a new letter and a new appeal period.
     */
    @Transactional
    public Decision change(CaseId caseId, UUID decisionId, DecisionDraft draft, CurrentUser user) {
        return change(caseId, decisionId, application -> draft, user);
    }

    /** As {@link #change(CaseId, UUID, DecisionDraft, CurrentUser)}, with the draft read from a form of the application's items. */
    @Transactional
    public Decision change(CaseId caseId, UUID decisionId, Function<ApplicationPage, DecisionDraft> draftOf, CurrentUser user) {
        Decision replaced = currentDecision(caseId, decisionId);
        ApplicationPage page = pageForChange(caseId, replaced.applicationId(), user, AccessAction.MAKE_DECISION, "Ändrat beslut");
        DecisionDraft draft = draftOf.apply(page);
        return make(caseId, page, draft, replaced, user);
    }

    /** The decision of the case; a decision of another case answers as if it did not exist. */
    private Decision decisionIn(CaseId caseId, UUID decisionId) {
        return decisionOf(caseId, decisionId).orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    private Optional<Decision> decisionOf(CaseId caseId, UUID decisionId) {
        return store.decision(decisionId).filter(d -> d.caseId().equals(caseId.value()));
    }

    /** The decision, which must be the one in force for its application. */
    private Decision currentDecision(CaseId caseId, UUID decisionId) {
        Decision decision = decisionIn(caseId, decisionId);
        if (store.replacedBy(decisionId).isPresent()) {
            throw new se.ebba.shared.ConcurrentEditException("Beslutet har redan ersatts av ett ändrat beslut. Öppna det nya beslutet.");
        }
        return decision;
    }

    private Decision make(CaseId caseId, ApplicationPage page, DecisionDraft draft, Decision replacing, CurrentUser user) {
        Resolution resolution = resolve(page, draft);
        if (!resolution.errors().isEmpty()) {
            throw new InvalidInputException(resolution.errors());
        }
        Verdict verdict = delegation(page, draft, resolution, user.roles());
        if (!(verdict instanceof Verdict.Allowed allowed)) {
            throw new InvalidInputException("delegation", delegationMessage(verdict, replacing == null));
        }
        LocalDate today = LocalDate.now(clock);
        LegalBasis law = ruleTables.legalBasis(today);
        Proposal proposal = replacing == null ? page.proposal() : null;
        Decision decision = new Decision(UUID.randomUUID(), page.application().id(), caseId.value(), today, law.lawCode(), draft.ground(),
                DecisionLetters.reasonsOf(draft, resolution.refusedParts()),
                DecisionLetters.legalBasisLines(page, draft.ground(), resolution.againstApplicant(), law),
                page.calculation().id(), resolution.againstApplicant(), resolution.totalGranted(),
                user.displayName(), allowed.title(), allowed.describe(),
                proposal == null ? null : proposal.id(), replacing == null ? null : replacing.id(),
                draft.ground() == DecisionGround.DECLINED_ACTIVITY ? draft.activity() : null,
                clock.instant(), resolution.items().stream().map(r -> new Decision.DecidedItem(r.item().id(), r.item().kind(),
                r.item().description(), r.outcome(), r.reference(), r.granted())).toList(), resolution.refusedParts());
        store.saveDecision(decision, user.id().value());
        events.publishEvent(new DecisionMade(caseId, decision.id(), page.application().month(), decision.totalGranted(),
                decision.againstApplicant(), decision.decidedAt()));
        return decision;
    }

    /** Why the user may not decide; {@code canPropose}: whether the form offers to send the draft as a proposal. */
    static String delegationMessage(Verdict verdict, boolean canPropose) {
        if (verdict instanceof Verdict.RouteTo route) {
            return "Beslutet ligger utanför din delegation. Det kan fattas av: "
                    + String.join(", ", route.roles().stream().map(Role::title).toList())
                    + (canPropose ? ". Skicka det som förslag så hamnar det i deras lista över beslut att fatta."
                    : ". Be någon av dem att fatta det ändrade beslutet.");
        }
        return "Ingen roll har delegation för det här beslutet enligt delegationsordningen. Det ska fattas av nämnden.";
    }

    /** Sends the draft to the roles whose delegation covers it; the draft must otherwise be complete. */
    @Transactional
    public Proposal propose(CaseId caseId, UUID applicationId, DecisionDraft draft, CurrentUser user) {
        return propose(caseId, applicationId, application -> draft, user);
    }

    /** As {@link #propose(CaseId, UUID, DecisionDraft, CurrentUser)}, with the draft read from a form of the application's items. */
    @Transactional
    public Proposal propose(CaseId caseId, UUID applicationId, Function<ApplicationPage, DecisionDraft> draftOf, CurrentUser user) {
        ApplicationPage page = pageForChange(caseId, applicationId, user, AccessAction.PROPOSE_DECISION, "Beslutsförslag");
        DecisionDraft draft = draftOf.apply(page);
        if (page.decision() != null) {
            throw new se.ebba.shared.ConcurrentEditException("Ansökan har redan ett beslut.");
        }
        Resolution resolution = resolve(page, draft);
        if (!resolution.errors().isEmpty()) {
            throw new InvalidInputException(resolution.errors());
        }
        Verdict verdict = delegation(page, draft, resolution, Set.of());
        if (!(verdict instanceof Verdict.RouteTo route)) {
            throw new InvalidInputException("delegation", delegationMessage(verdict, true));
        }
        Proposal proposal = new Proposal(UUID.randomUUID(), applicationId, caseId.value(), page.caseDetails().unit().id().value(),
                page.caseDetails().number().value(), page.application().title(), draft, route.roles(), clock.instant(), user.displayName());
        store.saveProposal(proposal, user.id().value());
        return proposal;
    }

    /** Beslut att fatta: proposals in the user's units routed to a role the user holds. */
    public List<Proposal> proposalsFor(CurrentUser user) {
        return caseFiles.showList(user, AccessAction.LIST_PROPOSALS, "Beslut att fatta",
                () -> store.openProposals(user.units().stream().map(UnitId::value).toList(), user.roles()), p -> new CaseId(p.caseId()));
    }

    /** How many proposals wait for the user (the menu's "Beslut att fatta (n)"); no case data, so not logged. */
    public int proposalCountFor(CurrentUser user) {
        return store.countOpenProposals(user.units().stream().map(UnitId::value).toList(), user.roles());
    }

    // ------------------------------------------------------------------ a decision, its letter, notification and appeal

    /** The decision page: the decision, the calculation it rests on, notifications and appeals. */
    public record DecisionPage(CaseDetails caseDetails, Application application, Decision decision, SavedCalculation calculation,
                               List<Notification> notifications, List<Appeal> appeals, DecisionLetter letter, UUID replacedBy,
                               List<ChildStatus> children) {

        /** Whether this decision is the one in force (not replaced by a changed decision). */
        public boolean inForce() {
            return replacedBy == null;
        }

        /** The notification in force (the newest), or null. */
        public Notification notification() {
            return notifications.isEmpty() ? null : notifications.getLast();
        }
    }

    /** The decision page; one row in the access log (VIEW_DECISION of this decision). */
    public DecisionPage decision(CaseId caseId, UUID decisionId, CurrentUser user) {
        CasePart<Decision> opened = caseFiles.openPart(caseId, user, AccessAction.VIEW_DECISION, SubjectType.DECISION,
                details -> decisionOf(caseId, decisionId), Decision::id);
        CaseDetails details = opened.caseDetails();
        ApplicationPage page = decided(details, opened.part());
        return new DecisionPage(details, page.application(), page.decision(), page.calculation(), store.notifications(decisionId),
                store.appeals(decisionId), letterOf(page), store.replacedBy(decisionId).orElse(null), page.children());
    }

    /** The letter as PDF; the download is written to the access log. */
    public byte[] letterPdf(CaseId caseId, UUID decisionId, CurrentUser user) {
        // Logged only when the decision is found in the case: a 404 is not a download.
        CasePart<Decision> opened = caseFiles.openPart(caseId, user, AccessAction.DOWNLOAD_DECISION_LETTER, SubjectType.LETTER,
                details -> decisionOf(caseId, decisionId), Decision::id);
        return se.ebba.decision.letter.DecisionLetterPdf.render(letterOf(decided(opened.caseDetails(), opened.part())));
    }

    /** A made decision with its application, the calculation it rests on and the children. */
    private ApplicationPage decided(CaseDetails details, Decision decision) {
        Application application = applicationOf(details.id(), decision.applicationId());
        SavedCalculation calculation = calculations.saved(decision.calculationId()).orElseThrow();
        return new ApplicationPage(details, application, calculation, children(details, application), null, decision);
    }

    /** The letter of a made decision, as it read when it was made. */
    private DecisionLetter letterOf(ApplicationPage page) {
        Decision decision = page.decision();
        Decision replaced = decision.replacesId() == null ? null : store.decision(decision.replacesId()).orElseThrow();
        return letters.of(page, replaced, ruleTables.legalBasis(decision.decisionDate()));
    }

    @Transactional
    public Notification registerNotification(CaseId caseId, UUID decisionId, LocalDate notifiedOn, NotificationMethod method,
                                             CurrentUser user) {
        caseFiles.openForChange(caseId, user, AccessAction.REGISTER_NOTIFICATION, "Delgivning", new Subject(SubjectType.DECISION, decisionId));
        Decision decision = decisionIn(caseId, decisionId);
        List<FieldError> errors = new ArrayList<>();
        if (notifiedOn == null) {
            errors.add(new FieldError("notifiedOn", "Skriv dagen då den sökande fick beslutet, som ÅÅÅÅ-MM-DD."));
        } else if (notifiedOn.isBefore(decision.decisionDate())) {
            errors.add(new FieldError("notifiedOn", "Den sökande kan inte ha fått beslutet före beslutsdagen " + decision.decisionDate() + "."));
        } else if (notifiedOn.isAfter(LocalDate.now(clock))) {
            errors.add(new FieldError("notifiedOn", "Dagen då den sökande fick beslutet kan inte vara senare än i dag."));
        }
        if (method == null) {
            errors.add(new FieldError("method", "Välj hur den sökande fick beslutet."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<Notification> earlier = store.notifications(decisionId);
        AppealDeadline deadline = AppealDeadline.from(notifiedOn, APPEAL_PERIOD);
        Notification notification = new Notification(UUID.randomUUID(), decisionId, notifiedOn, method, deadline.lastDay(), clock.instant(),
                user.displayName(), earlier.isEmpty() ? null : earlier.getLast().id());
        store.saveNotification(notification, user.id().value());
        return notification;
    }

    @Transactional
    public Appeal registerAppeal(CaseId caseId, UUID decisionId, LocalDate receivedOn, String summary, CurrentUser user) {
        caseFiles.openForChange(caseId, user, AccessAction.REGISTER_APPEAL, "Överklagande", new Subject(SubjectType.DECISION, decisionId));
        Decision decision = decisionIn(caseId, decisionId);
        List<FieldError> errors = new ArrayList<>();
        if (receivedOn == null) {
            errors.add(new FieldError("receivedOn", "Skriv dagen då överklagandet kom in, som ÅÅÅÅ-MM-DD."));
        } else if (receivedOn.isBefore(decision.decisionDate()) || receivedOn.isAfter(LocalDate.now(clock))) {
            errors.add(new FieldError("receivedOn", "Dagen ska vara mellan beslutsdagen " + decision.decisionDate() + " och i dag."));
        }
        requireText(errors, "summary", summary, "Skriv kort vad den sökande vill ändra i beslutet.", 5_000);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<Notification> notifications = store.notifications(decisionId);
        // Without a registered notification the deadline has not started to run (förvaltningslagen 44 §).
        boolean inTime = notifications.isEmpty() || !receivedOn.isAfter(notifications.getLast().appealLastDay());
        Appeal appeal = new Appeal(UUID.randomUUID(), decisionId, receivedOn, inTime, summary.strip(), clock.instant(), List.of());
        store.saveAppeal(appeal, user.id().value());
        return appeal;
    }

    @Transactional
    public void recordAppealStep(CaseId caseId, UUID decisionId, UUID appealId, AppealStepKind kind, LocalDate date, String note,
                                 CurrentUser user) {
        caseFiles.openForChange(caseId, user, AccessAction.REGISTER_APPEAL, "Överklagande: " + (kind == null ? "" : kind.name()),
                new Subject(SubjectType.DECISION, decisionId));
        Appeal appeal = store.appeal(appealId).filter(a -> a.decisionId().equals(decisionId))
                .filter(a -> store.decision(decisionId).map(d -> d.caseId().equals(caseId.value())).orElse(false))
                .orElseThrow(() -> new NotFoundException(NOT_FOUND));
        List<FieldError> errors = new ArrayList<>();
        if (kind == null || !appeal.nextSteps().contains(kind)) {
            errors.add(new FieldError("step", "Välj ett av stegen som kan följa: "
                    + String.join(", ", appeal.nextSteps().stream().map(AppealStepKind::text).toList()) + "."));
        }
        LocalDate earliest = appeal.steps().isEmpty() ? appeal.receivedOn() : appeal.steps().getLast().date();
        if (date == null) {
            errors.add(new FieldError("date", "Skriv datumet som ÅÅÅÅ-MM-DD."));
        } else if (date.isBefore(earliest) || date.isAfter(LocalDate.now(clock))) {
            errors.add(new FieldError("date", "Datumet ska vara mellan " + earliest + " och i dag."));
        }
        requireText(errors, "note", note, "Skriv en kort anteckning om steget.", 5_000);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        store.saveAppealStep(appealId, new Appeal.Step(kind, date, note.strip(), clock.instant(), user.displayName()), user.id().value());
    }

    // ------------------------------------------------------------------ history

    @Override
    public Set<YearMonth> monthsWithLivelihoodSupport(CaseId caseId) {
        return store.monthsWithLivelihoodSupport(caseId.value());
    }
}
