package se.ebba.monthly.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.ebba.calculation.domain.CalculationInput;
import se.ebba.calculation.domain.MemberRole;

class MonthlyFactsTest {

    static final CalculationInput NO_INCOME = new CalculationInput(YearMonth.of(2026, 12),
            List.of(new CalculationInput.Member(MemberRole.APPLICANT, LocalDate.of(1990, 1, 5), false, false)), null, List.of(), List.of(),
            List.of(), List.of());

    @Test
    void aDepositNoStatedIncomeAccountsForIsUnaccounted() {
        MonthlyFacts facts = new MonthlyFacts(NO_INCOME, List.of(new Statement("Bank 1", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31),
                List.of(new Deposit(LocalDate.of(2026, 10, 3), 2_000, OptionalInt.empty())))), Set.of(), "");
        assertThat(facts.unaccountedDeposits()).extracting(d -> d.account() + " " + d.deposit().amount()).containsExactly("Bank 1 2000");
    }

    @Test
    void aDepositOutsideItsStatementOrAccountedForByAnIncomeNotStatedIsRefusedByField() {
        MonthlyFacts facts = new MonthlyFacts(NO_INCOME, List.of(new Statement("Bank 1", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31),
                List.of(new Deposit(LocalDate.of(2026, 11, 3), 2_000, OptionalInt.of(0))))), Set.of(), "");
        assertThat(facts.errors(LocalDate.of(2026, 11, 23))).extracting(e -> e.field())
                .containsExactly("statements[0].deposits[0].bookedOn", "statements[0].deposits[0].accountedBy");
    }
}
