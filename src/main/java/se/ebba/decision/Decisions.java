package se.ebba.decision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
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
import se.ebba.casefile.domain.CaseId;
import se.ebba.decision.domain.Appeal;
import se.ebba.decision.domain.Application;
import se.ebba.decision.domain.ChildImpactAnalysis;
import se.ebba.decision.domain.Decision;
import se.ebba.decision.domain.DecisionDraft;
import se.ebba.decision.domain.DecisionGround;
import se.ebba.decision.domain.DecisionRules;
import se.ebba.decision.domain.DecisionRules.Resolution;
import se.ebba.decision.domain.DelegationPolicy;
import se.ebba.decision.domain.DelegationPolicy.Verdict;
import se.ebba.decision.domain.Notification;
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
 * The decision module's API for deciding: the application page, previews, decisions and changed
 * decisions under delegation, proposals routed to someone with delegation, the decision page and its
 * letter. Applications and child impact analyses are {@link Applications}, notification and appeals
 * {@link Appeals}. Everything goes through the case file's access rules and is written to the
 * access log.
 */
@Service
public class Decisions implements SupportHistory {

    static final String NOT_FOUND = "Ansökan eller beslutet finns inte i ärendet.";

    private final DecisionStore store;
    private final CaseFiles caseFiles;
    private final Calculations calculations;
    private final RuleTables ruleTables;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DecisionLetters letters;
    private final Applications applications;

    Decisions(DecisionStore store, CaseFiles caseFiles, Calculations calculations, RuleTables ruleTables,
              ApplicationEventPublisher events, Clock clock, DecisionLetters letters, Applications applications) {
        this.letters = letters;
        this.applications = applications;
        this.store = store;
        this.caseFiles = caseFiles;
        this.calculations = calculations;
        this.ruleTables = ruleTables;
        this.events = events;
        this.clock = clock;
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
                details -> store.applicationOfCase(caseId.value(), applicationId), Application::id);
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
                applications.children(details, application), store.latestProposal(application.id()).orElse(null),
                store.decisionOf(application.id()).orElse(null));
    }

    private ApplicationPage pageForChange(CaseId caseId, UUID applicationId, CurrentUser user, AccessAction action, String detail) {
        CaseDetails details = caseFiles.openDetailsForChange(caseId, user, action, detail, new Subject(SubjectType.APPLICATION, applicationId));
        return pageOf(details, applications.applicationIn(caseId, applicationId));
    }

    private Optional<SavedCalculation> latestCalculation(CaseId caseId, Application application) {
        return calculations.latestSaved(caseId, application.month());
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
        return store.decisionOfCase(caseId.value(), decisionId);
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
                store.appeals(decisionId), letters.shown(letterOf(page)), store.replacedBy(decisionId).orElse(null), page.children());
    }

    /** The letter as PDF; the download is written to the access log. */
    public byte[] letterPdf(CaseId caseId, UUID decisionId, CurrentUser user) {
        // Logged only when the decision is found in the case: a 404 is not a download.
        CasePart<Decision> opened = caseFiles.openPart(caseId, user, AccessAction.DOWNLOAD_DECISION_LETTER, SubjectType.LETTER,
                details -> decisionOf(caseId, decisionId), Decision::id);
        return letters.pdf(letterOf(decided(opened.caseDetails(), opened.part())));
    }

    /** A made decision with its application, the calculation it rests on and the children. */
    private ApplicationPage decided(CaseDetails details, Decision decision) {
        Application application = applications.applicationIn(details.id(), decision.applicationId());
        SavedCalculation calculation = calculations.saved(decision.calculationId()).orElseThrow();
        return new ApplicationPage(details, application, calculation, applications.children(details, application), null, decision);
    }

    /** The letter of a made decision, as it read when it was made. */
    private DecisionLetter letterOf(ApplicationPage page) {
        Decision decision = page.decision();
        Decision replaced = decision.replacesId() == null ? null : store.decision(decision.replacesId()).orElseThrow();
        return letters.of(page, replaced, ruleTables.legalBasis(decision.decisionDate()));
    }

    /**
     * Whether any application of the case has a decision (the referral to the ongoing team needs
     * one). Unchecked: the caller has already let the user into the case through {@link CaseFiles}.
     */
    public boolean hasDecision(CaseId caseId) {
        return store.applicationsOfCase(caseId.value()).stream().anyMatch(a -> store.decisionOf(a.id()).isPresent());
    }

    // ------------------------------------------------------------------ history

    @Override
    public Set<YearMonth> monthsWithLivelihoodSupport(CaseId caseId) {
        return store.monthsWithLivelihoodSupport(caseId.value());
    }
}
