package se.ebba.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ebba.intake.domain.IntakeFixtures.statement;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementContinuityTest {

    @Test
    void statementsThatEachStartTheDayAfterThePreviousEndedAreContinuous() {
        List<StatementContinuity.Account> accounts = StatementContinuity.of(List.of(
                statement("Lönekonto", "2026-09-01", "2026-09-30", 1),
                statement("Lönekonto", "2026-10-01", "2026-10-31", 2)));

        assertThat(accounts).singleElement().satisfies(a -> {
            assertThat(a.continuous()).isTrue();
            assertThat(a.coveredFrom()).isEqualTo(LocalDate.of(2026, 9, 1));
            assertThat(a.coveredTo()).isEqualTo(LocalDate.of(2026, 10, 31));
        });
    }

    @Test
    void aStatementStartingOnTheDayThePreviousEndedIsContinuous() {
        assertThat(StatementContinuity.of(List.of(
                statement("Lönekonto", "2026-09-01", "2026-09-30", 1),
                statement("Lönekonto", "2026-09-30", "2026-10-31", 2))).getFirst().continuous()).isTrue();
    }

    @Test
    void daysNoStatementCoversAreAGapFromTheDayAfterTheEndToTheDayBeforeTheNextStart() {
        StatementContinuity.Account account = StatementContinuity.of(List.of(
                statement("Sparkonto", "2026-10-01", "2026-10-31", 2),
                statement("Sparkonto", "2026-08-01", "2026-08-31", 1))).getFirst();

        assertThat(account.continuous()).isFalse();
        assertThat(account.breaks()).containsExactly(new StatementContinuity.Gap(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30)));
    }

    @Test
    void aStatementStartingBeforeThePreviousEndedIsAnOverlap() {
        StatementContinuity.Account account = StatementContinuity.of(List.of(
                statement("Lönekonto", "2026-09-01", "2026-09-30", 1),
                statement("Lönekonto", "2026-09-20", "2026-10-31", 2))).getFirst();

        assertThat(account.breaks()).containsExactly(new StatementContinuity.Overlap(LocalDate.of(2026, 9, 20), LocalDate.of(2026, 9, 30)));
    }

    @Test
    void eachAccountIsCheckedOnItsOwnAndTheSameAccountTypedDifferentlyIsOne() {
        List<StatementContinuity.Account> accounts = StatementContinuity.of(List.of(
                statement("Lönekonto 1234", "2026-09-01", "2026-09-30", 1),
                statement("Sparkonto", "2026-07-01", "2026-07-31", 2),
                statement("lönekonto  1234", "2026-10-01", "2026-10-31", 3),
                statement("Sparkonto", "2026-10-01", "2026-10-31", 4)));

        assertThat(accounts).extracting(StatementContinuity.Account::account).containsExactly("Lönekonto 1234", "Sparkonto");
        assertThat(accounts.get(0).continuous()).isTrue();
        assertThat(accounts.get(1).breaks()).containsExactly(new StatementContinuity.Gap(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 9, 30)));
    }
}
