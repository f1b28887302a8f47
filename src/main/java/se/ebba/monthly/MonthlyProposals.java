package se.ebba.monthly;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.ebba.application.domain.Application;
import se.ebba.audit.AccessAction;
import se.ebba.casefile.CaseFiles;
import se.ebba.casefile.domain.CaseId;
import se.ebba.decision.AutomaticDecisions;
import se.ebba.decision.Decisions;
import se.ebba.decision.Decisions.ApplicationPage;
import se.ebba.decision.Decisions.Preview;
import se.ebba.decision.domain.Decision;
import se.ebba.decision.domain.DecisionDraft;
import se.ebba.decision.domain.DecisionGround;
import se.ebba.decision.domain.Outcome;
import se.ebba.decision.domain.Proposal;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.domain.UnitId;
import se.ebba.monthly.domain.MonthlyProposal;
import se.ebba.monthly.domain.MonthlyProposalId;
import se.ebba.monthly.domain.ProposalOutcome;
import se.ebba.monthly.internal.MonthlyProposalStore;
import se.ebba.shared.ConcurrentEditException;
import se.ebba.shared.NotFoundException;

/**
 * Månadens förslag, the payment officer's API: the unit's prepared proposals for a benefit month, a
 * proposal with its calculation, changes and flags, and what to do with it. A decision goes through
 * the decision module ({@link Decisions}) with its rules for reasons, child impact analyses and
 * delegation; what the payment officer may not decide is sent to someone who may.
 */
@Service
public class MonthlyProposals {

    static final String NOT_FOUND = "Förslaget finns inte i ärendet.";

    private final MonthlyProposalStore store;
    private final CaseFiles caseFiles;
    private final Decisions decisions;
    private final AutomaticDecisions automaticDecisions;

    MonthlyProposals(MonthlyProposalStore store, CaseFiles caseFiles, Decisions decisions, AutomaticDecisions automaticDecisions) {
        this.store = store;
        this.caseFiles = caseFiles;
        this.decisions = decisions;
        this.automaticDecisions = automaticDecisions;
    }

    /** The unit's proposals for the benefit month; one list row in the access log naming the cases shown. */
    public List<MonthlyProposal> ofMonth(UnitId unit, YearMonth month, CurrentUser user) {
        if (!user.belongsTo(unit)) {
            throw new NotFoundException("Enheten finns inte bland dina enheter.");
        }
        return caseFiles.showList(user, AccessAction.LIST_PROPOSALS, "Månadens förslag " + month, () -> store.ofUnit(unit, month),
                MonthlyProposal::caseId);
    }

    /**
     * The proposal page: the proposal, the application page it is decided on (the saved calculation,
     * the children, any decision or routed proposal), a preview of the full grant (whether the user's
     * delegation covers it) while it waits, and the rule of an automatic decision.
     */
    public record ProposalPage(MonthlyProposal proposal, ApplicationPage application, Preview fullGrant, Optional<String> automaticRule) {

        /** The decision made on the application, if any (by anyone, including the system). */
        public Decision decision() {
            return application.decision();
        }

        /** Whether a line of the calculation is about something that changed since last month (highlighted). */
        public boolean changed(String lineText) {
            return proposal.changes().changes().stream().anyMatch(c -> lineText.startsWith(c.subject()));
        }

        /** Whether the payment officer can still act on it here. */
        public boolean open() {
            return application.decision() == null && proposal.waiting();
        }
    }

    /** The proposal page; one row in the access log (VIEW_APPLICATION of the application, by {@link Decisions}). */
    public ProposalPage page(CaseId caseId, MonthlyProposalId id, CurrentUser user) {
        MonthlyProposal proposal = inCase(caseId, id);
        ApplicationPage application = decisions.application(caseId, proposal.applicationId(), user);
        Preview preview = application.decision() == null ? decisions.preview(application, fullGrant(application.application()), user) : null;
        Optional<String> rule = application.decision() == null ? Optional.empty() : automaticDecisions.ruleOf(application.decision().id());
        return new ProposalPage(proposal, application, preview, rule);
    }

    /** Decides the application of the proposal with the draft (e.g. {@link #fullGrant}); the decision module's checks apply. */
    @Transactional
    public Decision decide(CaseId caseId, MonthlyProposalId id, DecisionDraft draft, CurrentUser user) {
        return decide(caseId, id, application -> draft, user);
    }

    /** As {@link #decide(CaseId, MonthlyProposalId, DecisionDraft, CurrentUser)}, with the draft read from a form of the application. */
    @Transactional
    public Decision decide(CaseId caseId, MonthlyProposalId id, Function<ApplicationPage, DecisionDraft> draftOf, CurrentUser user) {
        MonthlyProposal proposal = inCase(caseId, id);
        Decision decision = decisions.decide(caseId, proposal.applicationId(), draftOf, user);
        requireWaiting(proposal);
        store.recordOutcome(id, new ProposalOutcome(ProposalOutcome.Kind.DECIDED, decision.id(), user.displayName(), decision.decidedAt()),
                user.id().value());
        return decision;
    }

    /** "Skicka till handläggaren": the draft goes as a proposal to the roles whose delegation covers it (Beslut att fatta). */
    @Transactional
    public Proposal sendToCaseworker(CaseId caseId, MonthlyProposalId id, DecisionDraft draft, CurrentUser user) {
        return sendToCaseworker(caseId, id, application -> draft, user);
    }

    /** As {@link #sendToCaseworker(CaseId, MonthlyProposalId, DecisionDraft, CurrentUser)}, with the draft read from a form. */
    @Transactional
    public Proposal sendToCaseworker(CaseId caseId, MonthlyProposalId id, Function<ApplicationPage, DecisionDraft> draftOf, CurrentUser user) {
        MonthlyProposal proposal = inCase(caseId, id);
        Proposal sent = decisions.propose(caseId, proposal.applicationId(), draftOf, user);
        requireWaiting(proposal);
        store.recordOutcome(id, new ProposalOutcome(ProposalOutcome.Kind.SENT_TO_CASEWORKER, null, user.displayName(), sent.proposedAt()),
                user.id().value());
        return sent;
    }

    /** Every applied item granted as the saved calculation says, with the decision's normal texts. */
    public static DecisionDraft fullGrant(Application application) {
        return new DecisionDraft(application.items().stream().map(i -> new DecisionDraft.ItemDecision(i.id(), Outcome.GRANTED, null)).toList(),
                DecisionGround.NEED_ASSESSMENT, "", null);
    }

    private MonthlyProposal inCase(CaseId caseId, MonthlyProposalId id) {
        return store.find(id).filter(p -> p.caseId().equals(caseId)).orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    private static void requireWaiting(MonthlyProposal proposal) {
        if (!proposal.waiting()) {
            throw new ConcurrentEditException("Förslaget är redan hanterat: " + proposal.outcome().orElseThrow().kind().text().toLowerCase()
                    + " av " + proposal.outcome().orElseThrow().byName() + ".");
        }
    }
}
