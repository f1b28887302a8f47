package se.ebba.changeplan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FollowUpPolicyTest {

    static final LocalDate FROM = LocalDate.of(2026, 3, 31);
    final FollowUpPolicy fourMonths = new FollowUpPolicy(new PlanSettings(4, 3, LocalDate.of(2022, 1, 1), "test"));

    @Test
    void booksTheFollowUpFourMonthsAheadByDefault() {
        assertThat(fourMonths.book(FROM, Optional.empty())).isEqualTo(new FollowUpPolicy.Booked(LocalDate.of(2026, 7, 31)));
    }

    @Test
    void theDefaultIntervalIsTheUnitsSettingNotAConstant() {
        FollowUpPolicy monthly = new FollowUpPolicy(new PlanSettings(1, 3, LocalDate.of(2022, 1, 1), "Farsta: månadsvis"));
        assertThat(monthly.book(FROM, Optional.empty())).isEqualTo(new FollowUpPolicy.Booked(LocalDate.of(2026, 4, 30)));
    }

    @Test
    void acceptsAnEarlierFollowUp() {
        assertThat(fourMonths.book(FROM, Optional.of(LocalDate.of(2026, 5, 1)))).isEqualTo(new FollowUpPolicy.Booked(LocalDate.of(2026, 5, 1)));
    }

    @Test
    void refusesAFollowUpLaterThanTheInterval() {
        assertThat(fourMonths.book(FROM, Optional.of(LocalDate.of(2026, 8, 1))))
                .isEqualTo(new FollowUpPolicy.TooLate(LocalDate.of(2026, 7, 31), 4));
    }

    @Test
    void refusesAFollowUpOnOrBeforeThePlanDate() {
        assertThat(fourMonths.book(FROM, Optional.of(FROM))).isEqualTo(new FollowUpPolicy.NotAfterStart(FROM));
    }
}
