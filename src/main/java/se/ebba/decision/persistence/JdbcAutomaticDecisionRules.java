package se.ebba.decision.persistence;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.ebba.decision.internal.AutomaticDecisionRules;

@Repository
class JdbcAutomaticDecisionRules implements AutomaticDecisionRules {

    private final JdbcClient jdbc;

    JdbcAutomaticDecisionRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(UUID decisionId, String rule, Instant at) {
        jdbc.sql("insert into decision_automatic_rule (decision_id, rule, recorded_at) values (:decision, :rule, :at)")
                .param("decision", decisionId).param("rule", rule).param("at", at.atOffset(ZoneOffset.UTC)).update();
    }

    @Override
    public Optional<String> ruleOf(UUID decisionId) {
        return jdbc.sql("select rule from decision_automatic_rule where decision_id = :decision")
                .param("decision", decisionId).query(String.class).optional();
    }
}
