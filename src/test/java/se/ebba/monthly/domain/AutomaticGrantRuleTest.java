package se.ebba.monthly.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.ebba.application.domain.ApplicationId;
import se.ebba.calculation.domain.InputChanges;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.domain.UnitId;

class AutomaticGrantRuleTest {

    static final AutomaticGrantRule ON = new AutomaticGrantRule(LocalDate.of(2026, 11, 1), true, 12_000, "Nämndens beslut 2026-10-20 § 14");

    static MonthlyProposal proposal(long total, boolean recurring, boolean late, List<InputChanges.Change> changes, List<ProposalFlag> flags) {
        return new MonthlyProposal(new MonthlyProposalId(UUID.randomUUID()), new ApplicationId(UUID.randomUUID()), new CaseId(UUID.randomUUID()),
                "2026-0001", new UnitId(UUID.randomUUID()), YearMonth.of(2026, 12), UUID.randomUUID(), total, "Jobbstimulans gäller inte.",
                recurring, late, new InputChanges(changes), flags, Instant.EPOCH, Instant.EPOCH, Optional.empty());
    }

    static MonthlyProposal unchanged(long total) {
        return proposal(total, true, false, List.of(), List.of());
    }

    @Test
    void anUnchangedRecurringProposalInTimeWithoutFlagsAtTheLimitIsGrantedNamingTheRule() {
        assertThat(ON.check(unchanged(12_000))).isInstanceOfSatisfying(AutomaticGrantRule.Verdict.Grant.class,
                g -> assertThat(g.rule()).contains("automatiskt beviljande").contains("Nämndens beslut 2026-10-20 § 14"));
    }

    @Test
    void aUnitThatHasNotSwitchedTheRuleOnGrantsNothingAutomatically() {
        assertThat(AutomaticGrantRule.OFF.check(unchanged(100))).isInstanceOf(AutomaticGrantRule.Verdict.WaitForPerson.class);
    }

    @Test
    void aTotalAboveTheLimitWaitsForAPerson() {
        assertThat(ON.check(unchanged(12_001))).isInstanceOfSatisfying(AutomaticGrantRule.Verdict.WaitForPerson.class,
                w -> assertThat(w.reasons()).singleElement().asString().contains("över enhetens gräns"));
    }

    @Test
    void aMonthWithNothingToGrantIsNeverRefusedAutomatically() {
        assertThat(ON.check(unchanged(0))).isInstanceOfSatisfying(AutomaticGrantRule.Verdict.WaitForPerson.class,
                w -> assertThat(w.reasons()).singleElement().asString().contains("avslag fattas aldrig automatiskt"));
    }

    @Test
    void aChangedLateFirstOrFlaggedProposalWaitsForAPersonWithEveryReasonGiven() {
        var changed = List.of(new InputChanges.Change(InputChanges.Area.COST, "Boendekostnad", 6_000, 6_500));
        var flagged = List.of(new ProposalFlag(ProposalFlagKind.COST_ABOVE_CAP, "Boendekostnad över taket."));

        assertThat(ON.check(proposal(5_000, false, true, changed, flagged))).isInstanceOfSatisfying(AutomaticGrantRule.Verdict.WaitForPerson.class,
                w -> assertThat(w.reasons()).hasSize(4));
        assertThat(ON.check(proposal(5_000, true, false, changed, List.of()))).isInstanceOf(AutomaticGrantRule.Verdict.WaitForPerson.class);
        assertThat(ON.check(proposal(5_000, true, false, List.of(), flagged))).isInstanceOf(AutomaticGrantRule.Verdict.WaitForPerson.class);
        assertThat(ON.check(proposal(5_000, true, true, List.of(), List.of()))).isInstanceOf(AutomaticGrantRule.Verdict.WaitForPerson.class);
        assertThat(ON.check(proposal(5_000, false, false, List.of(), List.of()))).isInstanceOf(AutomaticGrantRule.Verdict.WaitForPerson.class);
    }
}
