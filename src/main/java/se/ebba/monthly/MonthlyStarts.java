package se.ebba.monthly;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import se.ebba.calculation.Calculations;
import se.ebba.calculation.SavedCalculation;
import se.ebba.calculation.domain.CalculationInput;
import se.ebba.calculation.domain.MemberRole;
import se.ebba.casefile.CaseDetails;
import se.ebba.casefile.domain.CaseId;
import se.ebba.casefile.domain.HouseholdRole;
import se.ebba.intake.ApplicationChecklists;
import se.ebba.monthly.domain.MonthlyApplication;
import se.ebba.monthly.domain.MonthlyFacts;
import se.ebba.monthly.domain.Statement;
import se.ebba.monthly.domain.StatementPeriod;
import se.ebba.monthly.internal.MonthlyRecords;

/**
 * Where a month starts from (PROCESS.md §3: nothing typed twice): last month's application, else the
 * case's newest saved calculation, else the household of the case; and what came before the month
 * (last month's input, the statements already handed in). Reads data of a case the caller has
 * already opened through the case file; logs nothing.
 */
@Component
class MonthlyStarts {

    /** How many months back a saved calculation is looked for. */
    static final int CALCULATION_MONTHS_BACK = 3;

    private final MonthlyRecords records;
    private final Calculations calculations;
    private final ApplicationChecklists intake;

    MonthlyStarts(MonthlyRecords records, Calculations calculations, ApplicationChecklists intake) {
        this.records = records;
        this.calculations = calculations;
        this.intake = intake;
    }

    /** The form of a new month: last month's facts moved to the month, new statements for the same accounts, nothing handed in yet. */
    MonthlyApplications.Start startFor(CaseDetails details, YearMonth month) {
        List<StatementPeriod> earlier = earlierStatements(details.id(), month);
        Optional<MonthlyApplication> previous = previousApplication(details.id(), month);
        if (previous.isPresent()) {
            CalculationInput input = previous.get().facts().input();
            return new MonthlyApplications.Start(StartOrigin.PREVIOUS_APPLICATION, facts(inMonth(input, month), earlier),
                    Optional.of(input));
        }
        Optional<SavedCalculation> saved = savedCalculation(details.id(), month);
        if (saved.isPresent()) {
            CalculationInput input = saved.get().input();
            return new MonthlyApplications.Start(StartOrigin.SAVED_CALCULATION, facts(inMonth(input, month), earlier),
                    Optional.of(inMonth(input, input.month())));
        }
        List<CalculationInput.Member> members = details.household().stream().filter(m -> m.role() != HouseholdRole.OTHER_ADULT)
                .map(m -> new CalculationInput.Member(role(m.role()), m.person().birthDate(), false, false)).toList();
        CalculationInput input = new CalculationInput(month, members, null, List.of(), List.of(), List.of(), List.of());
        return new MonthlyApplications.Start(StartOrigin.HOUSEHOLD, facts(input, earlier), Optional.empty());
    }

    /** Last month's input to compare the month with: the previous application's, else the newest saved calculation's. */
    Optional<CalculationInput> previousInput(CaseId caseId, YearMonth month) {
        return previousApplication(caseId, month).map(a -> a.facts().input())
                .or(() -> savedCalculation(caseId, month).map(s -> inMonth(s.input(), s.input().month())));
    }

    /** The statements handed in before the month's application: earlier months' applications and intake. */
    List<StatementPeriod> earlierStatements(CaseId caseId, YearMonth month) {
        List<StatementPeriod> earlier = new ArrayList<>();
        intake.statementsOf(caseId).forEach(s -> earlier.add(new StatementPeriod(s.account(), s.from(), s.to())));
        records.currentOfCase(caseId).stream().filter(a -> a.month().isBefore(month)).forEach(a -> earlier.addAll(a.facts().periods()));
        return earlier;
    }

    private Optional<MonthlyApplication> previousApplication(CaseId caseId, YearMonth month) {
        return records.currentOfCase(caseId).stream().filter(a -> a.month().isBefore(month))
                .max(Comparator.comparing(MonthlyApplication::month));
    }

    private Optional<SavedCalculation> savedCalculation(CaseId caseId, YearMonth month) {
        for (int back = 1; back <= CALCULATION_MONTHS_BACK; back++) {
            Optional<SavedCalculation> saved = calculations.latestSaved(caseId, month.minusMonths(back));
            if (saved.isPresent()) {
                return saved;
            }
        }
        return calculations.latestSaved(caseId, month);
    }

    /** New statement rows for every account shown before, each starting the day after the last one of that account ended. */
    private static MonthlyFacts facts(CalculationInput input, List<StatementPeriod> earlier) {
        Map<String, StatementPeriod> lastOfAccount = new LinkedHashMap<>();
        earlier.stream().sorted(Comparator.comparing(StatementPeriod::to))
                .forEach(p -> lastOfAccount.put(Statement.key(p.account()), p));
        List<Statement> statements = lastOfAccount.values().stream()
                .map(p -> new Statement(p.account(), p.to().plusDays(1), null, List.of())).toList();
        return new MonthlyFacts(input, statements, Set.of(), "");
    }

    /**
     * The input moved to the month. Norm adjustments are not carried: they are the officer's
     * assessment at the calculation, not something the household applies for.
     */
    private static CalculationInput inMonth(CalculationInput input, YearMonth month) {
        return new CalculationInput(month, input.members(), input.sharedHouseholdSize(), input.costs(), input.incomes(),
                List.of(), input.otherNeeds());
    }

    private static MemberRole role(HouseholdRole role) {
        return switch (role) {
            case APPLICANT -> MemberRole.APPLICANT;
            case CO_APPLICANT -> MemberRole.CO_APPLICANT;
            default -> MemberRole.CHILD;
        };
    }
}
