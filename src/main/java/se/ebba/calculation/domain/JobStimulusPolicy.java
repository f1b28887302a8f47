package se.ebba.calculation.domain;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Jobbstimulans (SoL 12 kap. 8 §, before 2025-07-01 4 kap. 1 b §): when a person has received
 * försörjningsstöd for six consecutive months, 25 % of their net employment income is not counted,
 * for 24 months from the first month it applies. A month without försörjningsstöd breaks a run of
 * six; once the 24 months have started they run on even if the job ends (RULES.md §4).
 *
 * <p>Not once in a lifetime: after a period has ended, a new run of six consecutive months with
 * försörjningsstöd (all after the end of the period) starts a new 24-month period (lagrådsremiss
 * 17 January 2013). Months with support during a period do not count towards the next run.
 * The months are the person's, across households and cases.
 */
public final class JobStimulusPolicy {

    static final int QUALIFYING_MONTHS = 6;
    static final int PERIOD_MONTHS = 24;

    private JobStimulusPolicy() {
    }

    /** The adult's status for {@code month}, from the months in which they received försörjningsstöd. */
    public static JobStimulusStatus statusFor(YearMonth month, Collection<YearMonth> monthsWithSupport) {
        TreeSet<YearMonth> months = new TreeSet<>(monthsWithSupport);
        Optional<Period> ended = Optional.empty();
        for (Period period : periods(months)) {
            if (period.contains(month)) {
                return new JobStimulusStatus(true, period.first(), period.last(), QUALIFYING_MONTHS,
                        "Jobbstimulans gäller " + period.first() + "–" + period.last() + " (sex månader i följd med försörjningsstöd före "
                                + period.first() + ").");
            }
            if (month.isAfter(period.last())) {
                ended = Optional.of(period);
            }
        }
        YearMonth after = ended.map(Period::last).orElse(null);
        int run = runBefore(month, months, after);
        String runText = "Försörjningsstöd " + run + " månad" + (run == 1 ? "" : "er") + " i följd före " + month;
        if (ended.isPresent()) {
            Period last = ended.get();
            return new JobStimulusStatus(false, last.first(), last.last(), run, "Jobbstimulansens 24 månader tog slut " + last.last()
                    + ". " + runText + " efter det; en ny period börjar efter sex nya månader i följd.");
        }
        return new JobStimulusStatus(false, null, null, run, runText + "; jobbstimulans gäller efter sex månader i följd.");
    }

    /** The 24-month periods the months give, in order: each starts after six consecutive months outside any earlier period. */
    static List<Period> periods(TreeSet<YearMonth> months) {
        List<Period> periods = new ArrayList<>();
        YearMonth periodEnd = null;
        YearMonth previous = null;
        int run = 0;
        for (YearMonth m : months) {
            if (periodEnd != null && !m.isAfter(periodEnd)) {
                continue;
            }
            run = previous != null && m.equals(previous.plusMonths(1)) ? run + 1 : 1;
            previous = m;
            if (run == QUALIFYING_MONTHS) {
                YearMonth first = m.plusMonths(1);
                periodEnd = first.plusMonths(PERIOD_MONTHS - 1);
                periods.add(new Period(first, periodEnd));
                run = 0;
                previous = null;
            }
        }
        return periods;
    }

    /** Consecutive months with support just before {@code month}, counting only months after {@code after} (when given). */
    private static int runBefore(YearMonth month, TreeSet<YearMonth> months, YearMonth after) {
        int run = 0;
        YearMonth m = month.minusMonths(1);
        while (months.contains(m) && (after == null || m.isAfter(after))) {
            run++;
            m = m.minusMonths(1);
        }
        return run;
    }

    record Period(YearMonth first, YearMonth last) {

        boolean contains(YearMonth month) {
            return !month.isBefore(first) && !month.isAfter(last);
        }
    }

    /** Whether jobbstimulans applies in a month, the period (current or last ended) when known, and why, in Swedish. */
    public record JobStimulusStatus(boolean applies, YearMonth periodStart, YearMonth periodEnd, int consecutiveMonths,
                                    String explanation) {
    }
}
