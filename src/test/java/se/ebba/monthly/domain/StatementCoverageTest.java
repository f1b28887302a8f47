package se.ebba.monthly.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.ebba.monthly.domain.StatementCoverage.Hole;

class StatementCoverageTest {

    static final LocalDate THROUGH = LocalDate.of(2026, 10, 31);

    static StatementPeriod p(String account, String from, String to) {
        return new StatementPeriod(account, LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void aStatementStartingTheDayAfterLastMonthsEndedAndReachingTheEndLeavesNoHole() {
        assertThat(StatementCoverage.holes(List.of(p("Bank 1", "2026-09-01", "2026-09-30")), List.of(p("Bank 1", "2026-10-01", "2026-10-31")),
                THROUGH)).isEmpty();
    }

    @Test
    void aStatementStartingLaterThanTheDayAfterLastMonthsEndedLeavesTheDaysBetweenAsAHole() {
        assertThat(StatementCoverage.holes(List.of(p("Bank 1", "2026-09-01", "2026-09-30")), List.of(p("Bank 1", "2026-10-05", "2026-10-31")),
                THROUGH)).containsExactly(new Hole("Bank 1", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 4)));
    }

    @Test
    void statementsEndingBeforeTheLastDayLeaveTheRestAsAHole() {
        assertThat(StatementCoverage.holes(List.of(), List.of(p("Bank 1", "2026-10-01", "2026-10-20")), THROUGH))
                .containsExactly(new Hole("Bank 1", LocalDate.of(2026, 10, 21), THROUGH));
    }

    @Test
    void anAccountShownEarlierButMissingThisMonthIsAHoleFromTheDayAfterItsLastStatement() {
        assertThat(StatementCoverage.holes(List.of(p("Sparkonto 9", "2026-09-01", "2026-09-30")), List.of(p("Bank 1", "2026-10-01", "2026-10-31")),
                THROUGH)).containsExactly(new Hole("Sparkonto 9", LocalDate.of(2026, 10, 1), THROUGH));
    }

    @Test
    void theSameAccountTypedWithOtherSpacingOrCaseIsTheSameAccount() {
        assertThat(StatementCoverage.holes(List.of(p("Bank  1", "2026-09-01", "2026-09-30")), List.of(p("bank 1", "2026-10-01", "2026-10-31")),
                THROUGH)).isEmpty();
    }

    @Test
    void twoStatementsOfTheMonthWithAGapBetweenThemLeaveThatGap() {
        assertThat(StatementCoverage.holes(List.of(), List.of(p("Bank 1", "2026-10-16", "2026-10-31"), p("Bank 1", "2026-10-01", "2026-10-10")),
                THROUGH)).containsExactly(new Hole("Bank 1", LocalDate.of(2026, 10, 11), LocalDate.of(2026, 10, 15)));
    }

    @Test
    void theLastDayToCoverIsTheEndOfTheMonthBeforeTheApplicationCameIn() {
        assertThat(StatementCoverage.mustCoverThrough(LocalDate.of(2026, 11, 12))).isEqualTo(THROUGH);
    }
}
