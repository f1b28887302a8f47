package se.ebba.decision;

import java.util.Optional;
import org.springframework.stereotype.Service;
import se.ebba.decision.domain.DecisionId;
import se.ebba.decision.internal.MadeDecisions;
import se.ebba.identity.domain.UserId;

/**
 * Who made a decision (a user id; the system actor for an automatic grant), for the four-eyes check
 * of its payments: the cashier who verifies a payment may not be the one who decided it. Only the id
 * leaves the module, no case content, so nothing is written to the access log.
 */
@Service
public class Deciders {

    private final MadeDecisions store;

    Deciders(MadeDecisions store) {
        this.store = store;
    }

    public Optional<UserId> of(DecisionId decision) {
        return store.decidedBy(decision.value()).map(UserId::new);
    }
}
