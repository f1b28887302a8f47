package se.ebba.monthly.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.ebba.calculation.domain.CalculationInput;
import se.ebba.calculation.domain.IncomeType;
import se.ebba.calculation.domain.MemberRole;

class CompletenessTest {

    static final LocalDate FROM = LocalDate.of(2022, 1, 1);
    static final LocalDate RECEIVED = LocalDate.of(2026, 11, 12);
    static final List<ChecklistItem> CHECKLIST = List.of(
            item("SIGNED_APPLICATION", 1, ItemRule.DOCUMENT, FROM, Optional.empty()),
            item("ACCOUNT_STATEMENTS", 2, ItemRule.STATEMENTS, FROM, Optional.empty()),
            item("INCOME_DOCUMENTS", 3, ItemRule.DOCUMENT_IF_INCOMES, FROM, Optional.empty()),
            item("COST_DOCUMENTS", 4, ItemRule.DOCUMENT_IF_COSTS, FROM, Optional.empty()),
            item("OTHER_NEEDS_DOCUMENTS", 5, ItemRule.DOCUMENT_IF_NEEDS, FROM, Optional.empty()));

    static ChecklistItem item(String code, int position, ItemRule rule, LocalDate from, Optional<LocalDate> to) {
        return new ChecklistItem(code, position, code + " text", code + " request", rule, from, to, "test");
    }

    static MonthlyFacts facts(boolean income, boolean need, Set<String> documents, List<Statement> statements) {
        return new MonthlyFacts(new CalculationInput(YearMonth.of(2026, 12),
                List.of(new CalculationInput.Member(MemberRole.APPLICANT, LocalDate.of(1990, 1, 5), false, false)), null, List.of(),
                income ? List.of(new CalculationInput.Income(0, IncomeType.SALARY, 3_000, false, 0)) : List.of(), List.of(),
                need ? List.of(new CalculationInput.OtherNeed("Glasögon", 1_800)) : List.of()), statements, documents, "");
    }

    static final List<Statement> OCTOBER = List.of(new Statement("Bank 1", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31),
            List.of(new Deposit(LocalDate.of(2026, 10, 25), 3_000, OptionalInt.of(0)))));

    @Test
    void anApplicationWithItsDocumentsAndContinuousStatementsIsComplete() {
        Completeness c = Completeness.assess(CHECKLIST, facts(true, false, Set.of("SIGNED_APPLICATION", "INCOME_DOCUMENTS"), OCTOBER), RECEIVED,
                false, List.of());
        assertThat(c.complete()).isTrue();
        assertThat(c.summary()).isEqualTo("Alla uppgifter och underlag finns");
    }

    @Test
    void documentsAreNeededOnlyForWhatTheApplicationStatesOrWhatChanged() {
        Completeness c = Completeness.assess(CHECKLIST, facts(true, true, Set.of(), OCTOBER), RECEIVED, true, List.of());
        assertThat(c.missing()).extracting(Completeness.Missing::code)
                .containsExactly("SIGNED_APPLICATION", "INCOME_DOCUMENTS", "COST_DOCUMENTS", "OTHER_NEEDS_DOCUMENTS");
        assertThat(c.requestLines()).contains("COST_DOCUMENTS request");
    }

    @Test
    void anApplicationWithoutAnyStatementIsIncompleteWithTheStatementsItemMissing() {
        Completeness c = Completeness.assess(CHECKLIST, facts(false, false, Set.of("SIGNED_APPLICATION"), List.of()), RECEIVED, false, List.of());
        assertThat(c.missing()).singleElement().satisfies(m -> {
            assertThat(m.code()).isEqualTo("ACCOUNT_STATEMENTS");
            assertThat(m.text()).endsWith("inga kontoutdrag har lämnats in");
        });
    }

    @Test
    void aHoleInTheStatementsIsMissingInSwedishWithItsDays() {
        Completeness c = Completeness.assess(CHECKLIST, facts(false, false, Set.of("SIGNED_APPLICATION"), OCTOBER), RECEIVED, false,
                List.of(new StatementPeriod("Bank 1", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 20))));
        assertThat(c.missing()).extracting(Completeness.Missing::text)
                .containsExactly("Kontoutdrag saknas för Bank 1 för 2026-09-21–2026-09-30.");
        assertThat(c.summary()).startsWith("Saknas: Kontoutdrag saknas för Bank 1");
    }

    @Test
    void onlyTheChecklistValidOnTheDayTheApplicationCameInCounts() {
        List<ChecklistItem> list = List.of(item("OLD", 1, ItemRule.DOCUMENT, FROM, Optional.of(LocalDate.of(2026, 1, 1))),
                item("NEW", 2, ItemRule.DOCUMENT, LocalDate.of(2027, 1, 1), Optional.empty()));
        assertThat(Completeness.assess(list, facts(false, false, Set.of(), OCTOBER), RECEIVED, false, List.of()).complete()).isTrue();
    }
}
