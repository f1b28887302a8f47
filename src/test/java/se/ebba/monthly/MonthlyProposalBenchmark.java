package se.ebba.monthly;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import se.ebba.application.domain.ApplicationId;
import se.ebba.calculation.SavedCalculation;
import se.ebba.calculation.domain.CalculationInput;
import se.ebba.calculation.domain.CalculationResult;
import se.ebba.calculation.domain.Calculator;
import se.ebba.calculation.domain.CostType;
import se.ebba.calculation.domain.IncomeType;
import se.ebba.calculation.domain.MemberRole;
import se.ebba.calculation.domain.ProposalBenchmarkRules;
import se.ebba.calculation.domain.RuleSet;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.domain.UnitId;
import se.ebba.monthly.domain.AutomaticGrantRule;
import se.ebba.monthly.domain.MonthlyProposal;
import se.ebba.monthly.domain.MonthlyProposalId;

/**
 * The work of preparing a month's proposal once the facts are read: the calculation, what changed
 * since last month, the flags of the pure sources and the automatic-grant rule (docs/performance.md,
 * "Monthly proposals"). The database part is measured by {@code ProposalLatencyBenchmarkIT}.
 * Run: ./mvnw -Pbenchmark test-compile exec:exec -Dbenchmark=MonthlyProposalBenchmark
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class MonthlyProposalBenchmark {

    static final YearMonth MONTH = YearMonth.of(2026, 12);

    final RuleSet rules = ProposalBenchmarkRules.ostermalm2026();
    final List<ProposalFlagSource> sources = List.of(new DepositProposalFlags(), new CostCapProposalFlags(), new LateProposalFlags());
    final AutomaticGrantRule rule = new AutomaticGrantRule(LocalDate.of(2026, 11, 1), true, 15_000, "benchmark");
    final CalculationInput last = family(MONTH.minusMonths(1), 7_200, 5_000);
    final CalculationInput unchanged = family(MONTH, 7_200, 5_000);
    final CalculationInput changed = family(MONTH, 7_500, 4_200);
    final MonthlyApplicationCompleted unchangedMonth = completed(unchanged, List.of());
    final MonthlyApplicationCompleted changedMonth = completed(changed,
            List.of(new MonthlyApplicationCompleted.Deposit("Lönekonto", LocalDate.of(2026, 11, 20), 3_000)));

    /** A couple with two children: rent above the cap, electricity, a salary with jobbstimulans, child allowance. */
    static CalculationInput family(YearMonth month, long rent, long salary) {
        return new CalculationInput(month, List.of(new CalculationInput.Member(MemberRole.APPLICANT, LocalDate.of(1985, 3, 2), false, false),
                new CalculationInput.Member(MemberRole.CO_APPLICANT, LocalDate.of(1987, 1, 20), false, false),
                new CalculationInput.Member(MemberRole.CHILD, LocalDate.of(2019, 6, 1), false, false),
                new CalculationInput.Member(MemberRole.CHILD, LocalDate.of(2014, 2, 11), false, false)), null,
                List.of(new CalculationInput.Cost(CostType.HOUSING, rent), new CalculationInput.Cost(CostType.ELECTRICITY, 300)),
                List.of(new CalculationInput.Income(0, IncomeType.SALARY, salary, true, 0),
                        new CalculationInput.Income(2, IncomeType.CHILD_ALLOWANCE, 1_250, false, 0),
                        new CalculationInput.Income(3, IncomeType.CHILD_ALLOWANCE, 1_250, false, 0)), null, null);
    }

    static MonthlyApplicationCompleted completed(CalculationInput input, List<MonthlyApplicationCompleted.Deposit> deposits) {
        return new MonthlyApplicationCompleted(new CaseId(UUID.randomUUID()), new ApplicationId(UUID.randomUUID()), input.month(), Instant.EPOCH,
                false, input, deposits);
    }

    private AutomaticGrantRule.Verdict prepare(MonthlyApplicationCompleted completed) {
        CalculationResult result = Calculator.calculate(completed.input(), rules);
        SavedCalculation saved = new SavedCalculation(UUID.randomUUID(), completed.caseId(), new UnitId(completed.caseId().value()),
                completed.month(), 1, completed.input(), result, Instant.EPOCH);
        MonthlyProposal proposal = MonthlyProposalPreparation.assemble(new MonthlyProposalId(UUID.randomUUID()), completed, "2026-0001",
                saved.unit(), saved, Optional.of(last), "Jobbstimulans: månad 3 av 24", true, sources, Instant.EPOCH);
        return rule.check(proposal);
    }

    @Benchmark
    public AutomaticGrantRule.Verdict unchangedFamily() {
        return prepare(unchangedMonth);
    }

    @Benchmark
    public AutomaticGrantRule.Verdict changedFamilyWithADeposit() {
        return prepare(changedMonth);
    }
}
