package se.ebba.monthly;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.ebba.application.domain.ApplicationId;
import se.ebba.decision.DecisionMade;
import se.ebba.decision.Deciders;
import se.ebba.decision.Decisions;
import se.ebba.monthly.domain.ProposalOutcome;
import se.ebba.monthly.internal.MonthlyProposalStore;

/**
 * A month's proposal decided outside Månadens förslag: the caseworker decided what the payment
 * officer sent on (from "Beslut att fatta"), or decided the application directly. The proposal then
 * says who decided and when, instead of waiting or "Skickat till handläggaren" for ever. A decision
 * made from the proposal itself (by the payment officer or the unit's rule) is recorded there, in the
 * decision's own transaction, and is left as it is; so is a redelivered event.
 */
@Component
class ProposalDecidedElsewhere {

    private final MonthlyProposalStore store;
    private final Decisions decisions;
    private final Deciders deciders;

    ProposalDecidedElsewhere(MonthlyProposalStore store, Decisions decisions, Deciders deciders) {
        this.store = store;
        this.decisions = decisions;
        this.deciders = deciders;
    }

    @ApplicationModuleListener
    void on(DecisionMade made) {
        decisions.decisionOf(made.caseId(), made.decisionId().value()).ifPresent(decision -> store
                .ofApplication(new ApplicationId(decision.applicationId()))
                .filter(p -> p.outcome().map(o -> o.kind() == ProposalOutcome.Kind.SENT_TO_CASEWORKER).orElse(true))
                .ifPresent(p -> store.recordOutcome(p.id(), new ProposalOutcome(ProposalOutcome.Kind.DECIDED, decision.id(),
                        decision.decidedByName(), decision.decidedAt()), deciders.of(made.decisionId()).orElseThrow().value())));
    }
}
