package se.ebba.calculation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobStimulusPolicyTest {

    static List<YearMonth> months(String from, int count) {
        List<YearMonth> list = new ArrayList<>();
        YearMonth m = YearMonth.parse(from);
        for (int i = 0; i < count; i++) {
            list.add(m.plusMonths(i));
        }
        return list;
    }

    @Test
    void appliesFromTheMonthAfterSixConsecutiveMonthsWithSupport() {
        var support = months("2026-01", 6);
        assertThat(JobStimulusPolicy.statusFor(YearMonth.of(2026, 6), support).applies()).isFalse();
        var july = JobStimulusPolicy.statusFor(YearMonth.of(2026, 7), support);
        assertThat(july.applies()).isTrue();
        assertThat(july.periodStart()).isEqualTo(YearMonth.of(2026, 7));
        assertThat(july.periodEnd()).isEqualTo(YearMonth.of(2028, 6));
    }

    @Test
    void aMonthWithoutSupportBreaksTheRun() {
        List<YearMonth> support = new ArrayList<>(months("2026-01", 5));
        support.addAll(months("2026-07", 3)); // June missing
        var status = JobStimulusPolicy.statusFor(YearMonth.of(2026, 10), support);
        assertThat(status.applies()).isFalse();
        assertThat(status.consecutiveMonths()).isEqualTo(3);
        assertThat(status.explanation()).contains("3 månader i följd");
    }

    @Test
    void onceStartedTheTwentyFourMonthsRunOnEvenWithoutSupport() {
        var support = months("2026-01", 6);
        assertThat(JobStimulusPolicy.statusFor(YearMonth.of(2028, 6), support).applies()).isTrue();
        var after = JobStimulusPolicy.statusFor(YearMonth.of(2028, 7), support);
        assertThat(after.applies()).isFalse();
        assertThat(after.explanation()).contains("tog slut 2028-06");
    }

    @Test
    void unorderedAndDuplicatedMonthsAreReadAsASet() {
        List<YearMonth> support = new ArrayList<>(months("2026-01", 6));
        support.add(YearMonth.of(2026, 3));
        java.util.Collections.reverse(support);
        assertThat(JobStimulusPolicy.statusFor(YearMonth.of(2026, 7), support).applies()).isTrue();
    }

    @Test
    void twentyFourMonthsRunOnWhenTheJobEndsAndSupportStops() {
        var support = months("2026-01", 8); // support only two months into the period, then none
        var status = JobStimulusPolicy.statusFor(YearMonth.of(2027, 12), support);
        assertThat(status.applies()).isTrue();
        assertThat(status.periodEnd()).isEqualTo(YearMonth.of(2028, 6));
    }

    @Test
    void aNewRunOfSixAfterThePeriodEndedStartsASecondPeriod() {
        List<YearMonth> support = new ArrayList<>(months("2026-01", 6)); // period 2026-07 .. 2028-06
        support.addAll(months("2028-09", 6));                            // new run after the end
        assertThat(JobStimulusPolicy.statusFor(YearMonth.of(2029, 2), support).applies()).isFalse();
        var second = JobStimulusPolicy.statusFor(YearMonth.of(2029, 3), support);
        assertThat(second.applies()).isTrue();
        assertThat(second.periodStart()).isEqualTo(YearMonth.of(2029, 3));
        assertThat(second.periodEnd()).isEqualTo(YearMonth.of(2031, 2));
    }

    @Test
    void monthsWithSupportInsideAPeriodDoNotCountTowardsTheNextRun() {
        var support = months("2026-01", 30); // continuous: period 2026-07 .. 2028-06, then 2028-07 ..
        var justAfter = JobStimulusPolicy.statusFor(YearMonth.of(2028, 7), support);
        assertThat(justAfter.applies()).isFalse();
        assertThat(justAfter.consecutiveMonths()).isZero();
        assertThat(justAfter.explanation()).contains("tog slut 2028-06");
        assertThat(JobStimulusPolicy.statusFor(YearMonth.of(2029, 1), months("2026-01", 36)).applies()).isTrue();
        assertThat(JobStimulusPolicy.statusFor(YearMonth.of(2028, 12), months("2026-01", 36)).applies()).isFalse();
    }

    @Test
    void aBreakInTheSecondRunDelaysTheSecondPeriod() {
        List<YearMonth> support = new ArrayList<>(months("2026-01", 6));
        support.addAll(months("2028-07", 5));
        support.addAll(months("2029-01", 6)); // 2028-12 missing
        assertThat(JobStimulusPolicy.statusFor(YearMonth.of(2029, 1), support).applies()).isFalse();
        var status = JobStimulusPolicy.statusFor(YearMonth.of(2029, 7), support);
        assertThat(status.applies()).isTrue();
        assertThat(status.periodStart()).isEqualTo(YearMonth.of(2029, 7));
    }
}
