package se.ebba.monthly;

import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import se.ebba.decision.AutomaticDecisions;
import se.ebba.identity.CurrentUser;
import se.ebba.monthly.domain.AutomaticGrantRule;
import se.ebba.monthly.domain.MonthlyProposal;
import se.ebba.monthly.domain.ProposalOutcome;
import se.ebba.monthly.internal.AutomaticGrantSettings;
import se.ebba.monthly.internal.MonthlyProposalStore;

/**
 * Tries the unit's rule for automatic grant on a proposal just prepared: when the rule lets it, the
 * decision module grants the application in full as the system, naming the rule. Anything else
 * waits for a person on Månadens förslag. The attempt runs in a savepoint of the preparing
 * transaction: if it fails, the proposal is still stored and simply waits for a person.
 */
@Component
class AutomaticGrants {

    private final AutomaticGrantSettings settings;
    private final AutomaticDecisions decisions;
    private final MonthlyProposalStore store;
    private final Clock clock;
    private final TransactionTemplate savepoint;

    private static final Logger log = LoggerFactory.getLogger(AutomaticGrants.class);

    AutomaticGrants(AutomaticGrantSettings settings, AutomaticDecisions decisions, MonthlyProposalStore store, Clock clock,
                    PlatformTransactionManager transactions) {
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.settings = settings;
        this.decisions = decisions;
        this.store = store;
        this.clock = clock;
    }

    void consider(MonthlyProposal proposal, CurrentUser system) {
        AutomaticGrantRule rule = settings.inForce(proposal.unit(), LocalDate.now(clock));
        if (rule.check(proposal) instanceof AutomaticGrantRule.Verdict.Grant grant) {
            try {
                savepoint.executeWithoutResult(status -> decisions.grantInFull(proposal.caseId(), proposal.applicationId(), grant.rule())
                        .ifPresent(d -> store.recordOutcome(proposal.id(), new ProposalOutcome(ProposalOutcome.Kind.GRANTED_AUTOMATICALLY,
                                d.id(), system.displayName(), d.decidedAt()), system.id().value())));
            } catch (RuntimeException e) {
                // The proposal stays stored and waits for a person; the log names ids only.
                log.warn("Automatic grant of proposal {} failed; it waits for a person: {}", proposal.id().value(), e.getClass().getSimpleName());
            }
        }
    }
}
