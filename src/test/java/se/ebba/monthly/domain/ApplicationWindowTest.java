package se.ebba.monthly.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ApplicationWindowTest {

    static final ApplicationWindow DEFAULT = new ApplicationWindow(LocalDate.of(2000, 1, 1), 10, 15, 25, 30, 7, "PROCESS.md §3");
    static final YearMonth DECEMBER = YearMonth.of(2026, 12);

    @Test
    void anApplicationForDecemberIsOnTimeUpToTheFifteenthOfNovember() {
        assertThat(DEFAULT.late(DECEMBER, LocalDate.of(2026, 11, 15))).isFalse();
        assertThat(DEFAULT.late(DECEMBER, LocalDate.of(2026, 11, 16))).isTrue();
    }

    @Test
    void anEarlyApplicationIsNotLate() {
        assertThat(DEFAULT.late(DECEMBER, LocalDate.of(2026, 11, 2))).isFalse();
    }

    @Test
    void aUnitsLaterWindowMovesTheDayAnApplicationBecomesLate() {
        ApplicationWindow later = new ApplicationWindow(LocalDate.of(2026, 11, 1), 12, 20, 25, 30, 7, "Nämndbeslut");
        assertThat(later.late(DECEMBER, LocalDate.of(2026, 11, 18))).isFalse();
        assertThat(later.closesOn(DECEMBER)).isEqualTo(LocalDate.of(2026, 11, 20));
    }

    @Test
    void theWindowOfAMonthIsTheSettingInForceWhenTheMonthBeforeBegins() {
        assertThat(ApplicationWindow.settingDayFor(DECEMBER)).isEqualTo(LocalDate.of(2026, 11, 1));
    }

    @Test
    void aWindowThatClosesBeforeItOpensOrStartsInThePastIsRefused() {
        ApplicationWindow bad = new ApplicationWindow(LocalDate.of(2026, 1, 1), 15, 10, 30, 25, 0, "");
        assertThat(bad.errors(LocalDate.of(2026, 11, 23))).extracting(e -> e.field())
                .containsExactly("validFrom", "closesDay", "paymentToDay", "requestDays", "source");
    }
}
