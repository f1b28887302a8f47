package se.ebba.appeal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AppealDeadlineTest {

    @ParameterizedTest(name = "received {0}: appeal by {1}")
    @CsvSource({
            "2026-05-28, 2026-06-18", // an ordinary Thursday
            "2026-11-06, 2026-11-27", // Friday
            "2026-11-07, 2026-11-30", // ends on a Saturday: next Monday
            "2026-12-03, 2026-12-28", // julafton, juldagen, annandag jul, weekend
            "2026-12-10, 2027-01-04", // nyårsafton, nyårsdagen, weekend... 31 Dec → 4 Jan
            "2026-03-13, 2026-04-07", // långfredagen 3 April, weekend, annandag påsk 6 April
            "2026-04-23, 2026-05-15", // Kristi himmelsfärdsdag 14 May
            "2026-05-29, 2026-06-22", // midsommarafton 19 June
            "2026-05-16, 2026-06-08", // nationaldagen 6 June is a Saturday anyway
            "2025-12-16, 2026-01-07"  // trettondedag jul 6 January
    })
    void theLastDayIsThreeWeeksAfterReceiptMovedPastClosedDays(LocalDate notified, LocalDate lastDay) {
        assertThat(AppealDeadline.from(notified, AppealDeadline.THREE_WEEKS).lastDay()).isEqualTo(lastDay);
    }

    @Test
    void saysWhenTheDeadlineWasMoved() {
        assertThat(AppealDeadline.from(LocalDate.of(2026, 5, 28), AppealDeadline.THREE_WEEKS).moved()).isFalse();
        assertThat(AppealDeadline.from(LocalDate.of(2026, 11, 7), AppealDeadline.THREE_WEEKS).moved()).isTrue();
    }

    @Test
    void easterIsComputedForAnyYear() {
        assertThat(SwedishCalendar.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(SwedishCalendar.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(SwedishCalendar.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(SwedishCalendar.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
    }
}
