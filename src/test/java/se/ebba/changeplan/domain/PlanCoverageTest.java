package se.ebba.changeplan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlanCoverageTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Test
    void countsPlansMadeWithinThreeMonthsOfReferralAgainstCasesWhoseDeadlineHasPassed() {
        PlanCoverage coverage = PlanCoverage.of(List.of(
                new PlanCoverage.ReferredCase(LocalDate.of(2026, 1, 10), Optional.of(LocalDate.of(2026, 3, 1))),   // in time
                new PlanCoverage.ReferredCase(LocalDate.of(2026, 1, 10), Optional.of(LocalDate.of(2026, 5, 1))),   // late
                new PlanCoverage.ReferredCase(LocalDate.of(2026, 2, 1), Optional.empty()),                         // missing, deadline passed
                new PlanCoverage.ReferredCase(LocalDate.of(2026, 5, 1), Optional.empty())),                        // still within deadline
                3, TODAY);

        assertThat(coverage).isEqualTo(new PlanCoverage(4, 1, 2, 1));
        assertThat(coverage.due()).isEqualTo(3);
        assertThat(coverage.percentWithinDeadline()).contains(33);
    }

    @Test
    void aPlanOnTheLastDayOfTheDeadlineIsInTime() {
        PlanCoverage coverage = PlanCoverage.of(List.of(
                new PlanCoverage.ReferredCase(LocalDate.of(2026, 1, 10), Optional.of(LocalDate.of(2026, 4, 10)))), 3, TODAY);
        assertThat(coverage.withinDeadline()).isEqualTo(1);
    }

    @Test
    void hasNoShareWhileNoReferredCaseIsDue() {
        PlanCoverage coverage = PlanCoverage.of(List.of(new PlanCoverage.ReferredCase(LocalDate.of(2026, 6, 1), Optional.empty())), 3, TODAY);
        assertThat(coverage.percentWithinDeadline()).isEmpty();
        assertThat(coverage.pending()).isEqualTo(1);
    }
}
