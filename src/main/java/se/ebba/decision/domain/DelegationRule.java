package se.ebba.decision.domain;

import java.time.LocalDate;
import java.util.Objects;
import se.ebba.identity.domain.Role;

/**
 * One row of the delegation order: a role may make a type of decision up to an amount (null: no
 * limit), from a date (and until one), as decided by the committee (the source).
 */
public record DelegationRule(String code, DecisionType type, Role role, Long maxAmount, LocalDate validFrom, LocalDate validTo,
                             String source) {

    public DelegationRule {
        Objects.requireNonNull(code);
        Objects.requireNonNull(type);
        Objects.requireNonNull(role);
        Objects.requireNonNull(validFrom);
        Objects.requireNonNull(source);
    }

    boolean covers(DecisionType decisionType, long amount, LocalDate on) {
        return type == decisionType && (maxAmount == null || amount <= maxAmount)
                && !on.isBefore(validFrom) && (validTo == null || !on.isAfter(validTo));
    }
}
