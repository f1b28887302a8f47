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
}
