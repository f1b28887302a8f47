package se.ebba.decision.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The rule each automatic decision was made under (table decision_automatic_rule). */
public interface AutomaticDecisionRules {

    void save(UUID decisionId, String rule, Instant at);

    Optional<String> ruleOf(UUID decisionId);
}
