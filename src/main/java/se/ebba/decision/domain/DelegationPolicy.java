package se.ebba.decision.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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

    /**
     * Checks a decision that needs delegation for several types at once (e.g. a partial grant is a
     * grant of one amount and a refusal of the rest): every type must be covered.
     */
    public Verdict checkAll(Set<Role> roles, Map<DecisionType, Long> amounts, LocalDate decisionDate) {
        List<DelegationRule> used = new ArrayList<>();
        for (Map.Entry<DecisionType, Long> need : amounts.entrySet()) {
            if (check(roles, need.getKey(), need.getValue(), decisionDate) instanceof Outcome.Allowed allowed) {
                used.add(allowed.rule());
            }
        }
        if (used.size() == amounts.size()) {
            return new Verdict.Allowed(List.copyOf(used));
        }
        Set<Role> able = new TreeSet<>();
        rules.stream().map(DelegationRule::role).distinct()
                .filter(role -> amounts.entrySet().stream()
                        .allMatch(n -> check(Set.of(role), n.getKey(), n.getValue(), decisionDate) instanceof Outcome.Allowed))
                .forEach(able::add);
        return able.isEmpty() ? new Verdict.NoOneHasDelegation() : new Verdict.RouteTo(Set.copyOf(able));
    }

    /** Whether a user may make a whole decision. */
    public sealed interface Verdict {

        /** Allowed, under these rules (named on the decision). */
        record Allowed(List<DelegationRule> rules) implements Verdict {

            /** The title the decider signs with: the role of the first rule used ("" before anything is chosen). */
            public String title() {
                return rules.isEmpty() ? "" : rules.getFirst().role().title();
            }

            public String describe() {
                return rules.stream().map(r -> r.code() + " (" + r.type().text() + (r.maxAmount() == null ? "" : ", högst " + se.ebba.calculation.domain.Kronor.format(r.maxAmount()) + " kr")
                        + ")").distinct().reduce((a, b) -> a + "; " + b).orElse("");
            }
        }

        /** Someone holding one of these roles can make the decision. */
        record RouteTo(Set<Role> roles) implements Verdict {
        }

        /** No single role covers it: the committee decides. */
        record NoOneHasDelegation() implements Verdict {
        }
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
