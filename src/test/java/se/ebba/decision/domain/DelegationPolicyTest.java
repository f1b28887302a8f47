package se.ebba.decision.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.ebba.identity.domain.Role;

class DelegationPolicyTest {

    static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    static final String SOURCE = "Demo: delegationsordning för socialnämnden 2026";

    final DelegationPolicy policy = new DelegationPolicy(List.of(
            new DelegationRule("3.1a", DecisionType.LIVELIHOOD_SUPPORT, Role.PAYMENT_OFFICER, 15_000L, FROM, null, SOURCE),
            new DelegationRule("3.1b", DecisionType.LIVELIHOOD_SUPPORT, Role.CASEWORKER, 30_000L, FROM, null, SOURCE),
            new DelegationRule("3.1c", DecisionType.LIVELIHOOD_SUPPORT, Role.TEAM_LEAD, null, FROM, null, SOURCE),
            new DelegationRule("3.4", DecisionType.REDUCTION_DECLINED_ACTIVITY, Role.TEAM_LEAD, null, FROM, LocalDate.of(2026, 12, 31), SOURCE)));

    @Test
    void aDecisionWithinTheUsersDelegationNamesTheRuleThatAllowsIt() {
        var outcome = policy.check(Set.of(Role.CASEWORKER), DecisionType.LIVELIHOOD_SUPPORT, 20_000, LocalDate.of(2026, 3, 1));
        assertThat(outcome).isInstanceOfSatisfying(DelegationPolicy.Outcome.Allowed.class,
                allowed -> assertThat(allowed.rule().code()).isEqualTo("3.1b"));
    }

    @Test
    void aDecisionAboveTheUsersDelegationIsRoutedToTheRolesThatHaveIt() {
        var outcome = policy.check(Set.of(Role.PAYMENT_OFFICER), DecisionType.LIVELIHOOD_SUPPORT, 20_000, LocalDate.of(2026, 3, 1));
        assertThat(outcome).isInstanceOfSatisfying(DelegationPolicy.Outcome.NeedsHigherDelegation.class,
                routed -> assertThat(routed.roles()).containsExactlyInAnyOrder(Role.CASEWORKER, Role.TEAM_LEAD));
    }

    @Test
    void aRuleOnlyAppliesWhileItIsValid() {
        var outcome = policy.check(Set.of(Role.TEAM_LEAD), DecisionType.REDUCTION_DECLINED_ACTIVITY, 5_000, LocalDate.of(2027, 1, 4));
        assertThat(outcome).isInstanceOf(DelegationPolicy.Outcome.NoOneHasDelegation.class);
    }

    @Test
    void aPartialGrantNeedsDelegationBothForTheGrantedAmountAndForTheRefusedRest() {
        var withRefusal = new DelegationPolicy(List.of(
                new DelegationRule("3.1b", DecisionType.LIVELIHOOD_SUPPORT, Role.CASEWORKER, 30_000L, FROM, null, SOURCE),
                new DelegationRule("3.8", DecisionType.REFUSAL, Role.CASEWORKER, 10_000L, FROM, null, SOURCE),
                new DelegationRule("3.1c", DecisionType.LIVELIHOOD_SUPPORT, Role.TEAM_LEAD, null, FROM, null, SOURCE),
                new DelegationRule("3.9", DecisionType.REFUSAL, Role.TEAM_LEAD, null, FROM, null, SOURCE)));
        var day = LocalDate.of(2026, 3, 1);

        var small = withRefusal.checkAll(Set.of(Role.CASEWORKER),
                java.util.Map.of(DecisionType.LIVELIHOOD_SUPPORT, 12_000L, DecisionType.REFUSAL, 3_000L), day);
        assertThat(small).isInstanceOfSatisfying(DelegationPolicy.Verdict.Allowed.class,
                allowed -> assertThat(allowed.describe()).contains("3.1b").contains("3.8"));

        var bigRefusal = withRefusal.checkAll(Set.of(Role.CASEWORKER),
                java.util.Map.of(DecisionType.LIVELIHOOD_SUPPORT, 2_000L, DecisionType.REFUSAL, 13_000L), day);
        assertThat(bigRefusal).isInstanceOfSatisfying(DelegationPolicy.Verdict.RouteTo.class,
                route -> assertThat(route.roles()).containsExactly(Role.TEAM_LEAD));
    }

    @Test
    void whenNoSingleRoleCoversTheWholeDecisionTheCommitteeDecides() {
        var verdict = policy.checkAll(Set.of(Role.TEAM_LEAD),
                java.util.Map.of(DecisionType.OTHER_NEEDS, 1_000L), LocalDate.of(2026, 3, 1));
        assertThat(verdict).isInstanceOf(DelegationPolicy.Verdict.NoOneHasDelegation.class);
    }
}
