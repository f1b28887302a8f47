package se.ebba.decision.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import se.ebba.decision.domain.DelegationRule;

/** The units' delegation orders as dated rules: added and ended, never changed otherwise. */
public interface DelegationOrders {

    /** The unit's delegation order, also ended rules. */
    List<DelegationRule> delegationRules(UUID unitId);

    void addDelegationRule(UUID unitId, DelegationRule rule, String createdBy);

    /** Ends a rule: it no longer applies after {@code lastDay}. */
    boolean endDelegationRule(UUID unitId, String code, LocalDate lastDay);
}
