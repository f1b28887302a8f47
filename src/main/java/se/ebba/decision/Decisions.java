package se.ebba.decision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.ebba.audit.AccessAction;
import se.ebba.audit.AccessEvent.Subject;
import se.ebba.audit.AccessEvent.SubjectType;
import se.ebba.calculation.Calculations;
import se.ebba.calculation.RuleTables;
import se.ebba.calculation.RuleTables.LegalBasis;
import se.ebba.calculation.SavedCalculation;
import se.ebba.calculation.domain.Kronor;
import se.ebba.casefile.CaseDetails;
import se.ebba.casefile.CaseFiles;
import se.ebba.casefile.CaseFiles.CasePart;
import se.ebba.casefile.domain.CaseId;
import se.ebba.application.Applications;
import se.ebba.application.ChildStatus;
import se.ebba.application.domain.Application;
import se.ebba.application.domain.ApplicationId;
import se.ebba.decision.domain.Decision;
import se.ebba.decision.domain.DecisionDraft;
import se.ebba.decision.domain.DecisionRules;
import se.ebba.decision.domain.DecisionRules.Resolution;
import se.ebba.decision.domain.DelegationPolicy;
import se.ebba.decision.domain.DelegationPolicy.Verdict;
import se.ebba.decision.domain.PartialRefusalPolicy;
import se.ebba.decision.domain.Proposal;
import se.ebba.decision.domain.RefusedPart;
import se.ebba.application.domain.SwedishDates;
import se.ebba.decision.internal.DecisionProposals;
import se.ebba.decision.internal.DelegationOrders;
import se.ebba.decision.internal.MadeDecisions;
import se.ebba.decision.letter.DecisionLetter;
import se.ebba.identity.CurrentUser;
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
public class Decisions {

    static final String NOT_FOUND = "Ansökan eller beslutet finns inte i ärendet.";

    private final MadeDecisions store;
    private final DecisionProposals proposals;
    private final DelegationOrders delegationOrders;
    private final CaseFiles caseFiles;
    private final Calculations calculations;
    private final RuleTables ruleTables;
    private final Clock clock;
    private final DecisionLetters letters;
    private final DecisionChecks checks;
    private final Applications applications;
    private final DecisionRecorder recorder;

    Decisions(MadeDecisions store, DecisionProposals proposals, DelegationOrders delegationOrders, CaseFiles caseFiles,
              Calculations calculations, RuleTables ruleTables, Clock clock, DecisionLetters letters,
              Applications applications, DecisionChecks checks, DecisionRecorder recorder) {
        this.checks = checks;
        this.recorder = recorder;
        this.proposals = proposals;
        this.delegationOrders = delegationOrders;
        this.letters = letters;
        this.applications = applications;
        this.store = store;
        this.caseFiles = caseFiles;
        this.calculations = calculations;
        this.ruleTables = ruleTables;
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

    /** The application page; one row in the access log (VIEW_APPLICATION of this application). */
    public ApplicationPage application(CaseId caseId, ApplicationId applicationId, CurrentUser user) {
        CasePart<Application> opened = caseFiles.openPart(caseId, user, AccessAction.VIEW_APPLICATION, SubjectType.APPLICATION,
                details -> Optional.of(applications.application(caseId, applicationId)), a -> a.id().value());
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
                applications.children(details, application), proposals.latestProposal(application.id().value()).orElse(null),
                store.decisionOf(application.id().value()).orElse(null));
    }

    private ApplicationPage pageForChange(CaseId caseId, ApplicationId applicationId, CurrentUser user, AccessAction action, String detail) {
        CaseDetails details = caseFiles.openDetailsForChange(caseId, user, action, detail,
                new Subject(SubjectType.APPLICATION, applicationId.value()));
        return pageOf(details, applications.application(caseId, applicationId));
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
            return delegation instanceof Verdict.Allowed ? null : DecisionChecks.delegationMessage(delegation, canPropose);
        }
    }

    public Preview preview(CaseId caseId, ApplicationId applicationId, DecisionDraft draft, CurrentUser user) {
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
        return preview(application(caseId, new ApplicationId(replaced.applicationId()), user), draft, replaced, user);
    }

    private Preview preview(ApplicationPage page, DecisionDraft draft, Decision replacing, CurrentUser user) {
        Resolution resolution = checks.resolve(page, draft);
        Verdict verdict = checks.delegation(page, draft, resolution, user.roles());
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




    /**
     * Makes the decision when the draft is complete and the user's delegation covers it. A decision
     * is made by a person this way; the only other way is {@link AutomaticDecisions} (a full grant
     * under a unit's rule).
     *
     * @throws InvalidInputException naming what is missing, including "delegation" when the user may
     *                               not decide it (the form then offers to send it as a proposal)
     */
    @Transactional
    public Decision decide(CaseId caseId, ApplicationId applicationId, DecisionDraft draft, CurrentUser user) {
        return decide(caseId, applicationId, application -> draft, user);
    }

    /** As {@link #decide(CaseId, ApplicationId, DecisionDraft, CurrentUser)}, with the draft read from a form of the application's items. */
    @Transactional
    public Decision decide(CaseId caseId, ApplicationId applicationId, Function<ApplicationPage, DecisionDraft> draftOf, CurrentUser user) {
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
        ApplicationPage page = pageForChange(caseId, new ApplicationId(replaced.applicationId()), user, AccessAction.MAKE_DECISION,
                "Ändrat beslut");
        DecisionDraft draft = draftOf.apply(page);
        return make(caseId, page, draft, replaced, user);
    }

    /** The decision of the case; a decision of another case answers as if it did not exist. */
    private Decision decisionIn(CaseId caseId, UUID decisionId) {
        return decisionOf(caseId, decisionId).orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    /**
     * The decision of a case already opened through {@link CaseFiles} (for the appeal module); one of
     * another case is as if it did not exist. Writes nothing to the log.
     */
    public Optional<Decision> decisionOf(CaseId opened, UUID decisionId) {
        return store.decisionOfCase(opened.value(), decisionId);
    }

    /**
     * The decisions of a case that went against the applicant, each with the number of the given
     * children without a child impact analysis written before it: for the audit of a case already
     * opened or audited as the system; no texts, nothing logged.
     */
    public List<RefusalFacts> refusals(CaseId opened, java.util.Set<UUID> children) {
        return store.decisionsOfCase(opened.value()).stream().filter(Decision::againstApplicant)
                .sorted(java.util.Comparator.comparing(Decision::decidedAt))
                .map(d -> {
                    java.util.Set<UUID> analysed = applications.childrenAnalysedBy(new ApplicationId(d.applicationId()), d.decidedAt());
                    return new RefusalFacts(d.decisionDate(), (int) children.stream().filter(c -> !analysed.contains(c)).count());
                }).toList();
    }

    /** Whether the decision of a case already opened is the one in force (not replaced by a changed decision). */
    public boolean inForce(CaseId opened, UUID decisionId) {
        return decisionOf(opened, decisionId).isPresent() && store.replacedBy(decisionId).isEmpty();
    }

    /** Whether any decision has been made in the case; one row in the access log (VIEW_DECISION of the case). */
    public boolean hasDecision(CurrentUser user, CaseId caseId) {
        caseFiles.openForReading(caseId, user, AccessAction.VIEW_DECISION, "Finns beslut");
        return store.hasDecision(caseId.value());
    }

    /**
     * The same yes/no for a case the caller has already opened through {@link CaseFiles} (and logged
     * as its own view, e.g. the referral page): no decision content leaves the module, so no second log row.
     */
    public boolean hasDecision(CaseDetails opened) {
        return store.hasDecision(opened.id().value());
    }

    /** The case's applications with their decisions and proposals; one row in the access log (VIEW_APPLICATIONS, by {@link Applications}). */
    public List<ApplicationSummary> applications(CaseId caseId, CurrentUser user) {
        return applications.applications(caseId, user).stream().map(a -> new ApplicationSummary(a,
                store.decisionOf(a.id().value()).orElse(null), proposals.latestProposal(a.id().value()).orElse(null))).toList();
    }

    /** An application with its decision in force and newest proposal (each null when none). */
    public record ApplicationSummary(Application application, Decision decision, Proposal proposal) {
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
        Resolution resolution = checks.resolve(page, draft);
        if (!resolution.errors().isEmpty()) {
            throw new InvalidInputException(resolution.errors());
        }
        Verdict verdict = checks.delegation(page, draft, resolution, user.roles());
        if (!(verdict instanceof Verdict.Allowed allowed)) {
            throw new InvalidInputException("delegation", DecisionChecks.delegationMessage(verdict, replacing == null));
        }
        return recorder.record(caseId, page, draft, resolution, replacing, user, allowed.title(), allowed.describe());
    }


    /** Sends the draft to the roles whose delegation covers it; the draft must otherwise be complete. */
    @Transactional
    public Proposal propose(CaseId caseId, ApplicationId applicationId, DecisionDraft draft, CurrentUser user) {
        return propose(caseId, applicationId, application -> draft, user);
    }

    /** As {@link #propose(CaseId, ApplicationId, DecisionDraft, CurrentUser)}, with the draft read from a form of the application's items. */
    @Transactional
    public Proposal propose(CaseId caseId, ApplicationId applicationId, Function<ApplicationPage, DecisionDraft> draftOf, CurrentUser user) {
        ApplicationPage page = pageForChange(caseId, applicationId, user, AccessAction.PROPOSE_DECISION, "Beslutsförslag");
        DecisionDraft draft = draftOf.apply(page);
        if (page.decision() != null) {
            throw new se.ebba.shared.ConcurrentEditException("Ansökan har redan ett beslut.");
        }
        Resolution resolution = checks.resolve(page, draft);
        if (!resolution.errors().isEmpty()) {
            throw new InvalidInputException(resolution.errors());
        }
        Verdict verdict = checks.delegation(page, draft, resolution, Set.of());
        if (!(verdict instanceof Verdict.RouteTo route)) {
            throw new InvalidInputException("delegation", DecisionChecks.delegationMessage(verdict, true));
        }
        Proposal proposal = new Proposal(UUID.randomUUID(), applicationId.value(), caseId.value(), page.caseDetails().unit().id().value(),
                page.caseDetails().number().value(), page.application().title(), draft, route.roles(), clock.instant(), user.displayName());
        proposals.saveProposal(proposal, user.id().value());
        return proposal;
    }

    /** Beslut att fatta: proposals in the user's units routed to a role the user holds. */
    public List<Proposal> proposalsFor(CurrentUser user) {
        return caseFiles.showList(user, AccessAction.LIST_PROPOSALS, "Beslut att fatta",
                () -> proposals.openProposals(user.units().stream().map(UnitId::value).toList(), user.roles()), p -> new CaseId(p.caseId()));
    }

    /** How many proposals wait for the user (the menu's "Beslut att fatta (n)"); no case data, so not logged. */
    public int proposalCountFor(CurrentUser user) {
        return proposals.countOpenProposals(user.units().stream().map(UnitId::value).toList(), user.roles());
    }

    // ------------------------------------------------------------------ a decision, its letter, notification and appeal

    /** The decision page: the decision, the calculation it rests on, its letter (notification and appeals: the appeal module). */
    public record DecisionPage(CaseDetails caseDetails, Application application, Decision decision, SavedCalculation calculation,
                               DecisionLetter letter, UUID replacedBy, List<ChildStatus> children) {

        /** Whether this decision is the one in force (not replaced by a changed decision). */
        public boolean inForce() {
            return replacedBy == null;
        }
    }

    /** The decision page; one row in the access log (VIEW_DECISION of this decision). */
    public DecisionPage decision(CaseId caseId, UUID decisionId, CurrentUser user) {
        CasePart<Decision> opened = caseFiles.openPart(caseId, user, AccessAction.VIEW_DECISION, SubjectType.DECISION,
                details -> decisionOf(caseId, decisionId), Decision::id);
        CaseDetails details = opened.caseDetails();
        ApplicationPage page = decided(details, opened.part());
        return new DecisionPage(details, page.application(), page.decision(), page.calculation(), letters.shown(letterOf(page)),
                store.replacedBy(decisionId).orElse(null), page.children());
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
        Application application = applications.application(details.id(), new ApplicationId(decision.applicationId()));
        SavedCalculation calculation = calculations.saved(decision.calculationId()).orElseThrow();
        return new ApplicationPage(details, application, calculation, applications.children(details, application), null, decision);
    }

    /** The letter of a made decision, as it read when it was made. */
    private DecisionLetter letterOf(ApplicationPage page) {
        Decision decision = page.decision();
        Decision replaced = decision.replacesId() == null ? null : store.decision(decision.replacesId()).orElseThrow();
        return letters.of(page, replaced, ruleTables.legalBasis(decision.decisionDate()));
    }
}
