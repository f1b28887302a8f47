package se.ebba.decision.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import se.ebba.identity.domain.Role;

/**
 * Who may make a decision (RULES.md §6): the delegation order is a table of decision type × amount
 * × role. A decision above the user's delegation is routed to the roles that have it.
 */
public final class DelegationPolicy {

    private final List<DelegationRule> rules;

    public DelegationPolicy(List<DelegationRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public Outcome check(Set<Role> roles, DecisionType type, long amount, LocalDate decisionDate) {
        return rules.stream()
                .filter(r -> roles.contains(r.role()) && r.covers(type, amount, decisionDate))
                .min(Comparator.comparing((DelegationRule r) -> r.maxAmount() == null ? Long.MAX_VALUE : r.maxAmount()))
                .<Outcome>map(Outcome.Allowed::new)
                .orElseGet(() -> {
                    Set<Role> able = new TreeSet<>();
                    rules.stream().filter(r -> r.covers(type, amount, decisionDate)).forEach(r -> able.add(r.role()));
                    return able.isEmpty() ? new Outcome.NoOneHasDelegation(type, amount)
                            : new Outcome.NeedsHigherDelegation(Set.copyOf(able), type, amount);
                });
    }

    /** The result of a delegation check: a domain outcome, not an exception. */
    public sealed interface Outcome {

        /** The user may decide, under this rule (named on the decision). */
        record Allowed(DelegationRule rule) implements Outcome {
        }

        /** The user may not; the decision goes to someone holding one of these roles. */
        record NeedsHigherDelegation(Set<Role> roles, DecisionType type, long amount) implements Outcome {
        }

        /** The delegation order has no rule for this: the committee (nämnden) itself decides. */
        record NoOneHasDelegation(DecisionType type, long amount) implements Outcome {
        }
    }
}
