package se.ebba.calculation.domain;

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
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Throughput of the pure calculation on one thread (docs/performance.md; goal ≥ 1 M per second per
 * core). Run: ./mvnw -Pbenchmark test-compile exec:exec
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class CalculatorBenchmark {

    final RuleSet rules = RuleSets.withCaps(RuleSets.year2023(),
            new CostCap(CostType.HOUSING, 1, 2, 0, 0, 6330, "1–2 vuxna utan barn", "demo"),
            new CostCap(CostType.HOUSING, null, null, 1, 1, 6970, "hushåll med ett barn", "demo"));

    /** The contract example: a couple with two children, three costs, two incomes. */
    final CalculationInput family = Households.in("2023-05").applicant("1985-03-02").coApplicant("1987-01-20")
            .childWithLunchOutside("2019-06-01").childInSchool("2004-02-11")
            .cost(CostType.HOUSING, 7200).cost(CostType.ELECTRICITY, 300).cost(CostType.HOME_INSURANCE, 150)
            .incomeWithJobStimulus(0, 5000).income(2, IncomeType.CHILD_ALLOWANCE, 1250).build();

    /** The most common household: a single adult with rent above the cap and no income. */
    final CalculationInput single = Households.singleAdult("2023-05").cost(CostType.HOUSING, 7200).build();

    @Benchmark
    public CalculationResult familyOfFour() {
        return Calculator.calculate(family, rules);
    }

    @Benchmark
    public CalculationResult singleAdultAboveTheCap() {
        return Calculator.calculate(single, rules);
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(CalculatorBenchmark.class.getSimpleName()).build()).run();
    }
}
