package se.ebba.calculation.domain;

import java.time.YearMonth;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Jobbstimulans (SoL 12 kap. 8 §, before 2025-07-01 4 kap. 1 b §): when a person has received
 * försörjningsstöd for six consecutive months, 25 % of their net employment income is not counted,
 * for 24 months from the first month it applies. A month without försörjningsstöd breaks a run of
 * six; once the 24 months have started they run on even if the job ends (RULES.md §4).
 *
 * <p>Read as applying once per person: the first 24-month period. A later period needs a legal
 * assessment and is not started automatically.
 */
public final class JobStimulusPolicy {

    static final int QUALIFYING_MONTHS = 6;
    static final int PERIOD_MONTHS = 24;

    private JobStimulusPolicy() {
    }

    /** The adult's status for {@code month}, from the months in which they received försörjningsstöd. */
    public static JobStimulusStatus statusFor(YearMonth month, Collection<YearMonth> monthsWithSupport) {
        TreeSet<YearMonth> months = new TreeSet<>(monthsWithSupport);
        Optional<YearMonth> start = firstStart(months);
        if (start.isPresent()) {
            YearMonth first = start.get();
            YearMonth last = first.plusMonths(PERIOD_MONTHS - 1);
            if (!month.isBefore(first) && !month.isAfter(last)) {
                return new JobStimulusStatus(true, first, last, QUALIFYING_MONTHS,
                        "Jobbstimulans gäller " + first + "–" + last + " (sex månader i följd med försörjningsstöd före " + first + ").");
            }
            if (month.isAfter(last)) {
                return new JobStimulusStatus(false, first, last, 0, "Jobbstimulansens 24 månader tog slut " + last + ".");
            }
        }
        int run = runBefore(month, months);
        return new JobStimulusStatus(false, null, null, run,
                "Försörjningsstöd " + run + " månad" + (run == 1 ? "" : "er") + " i följd före " + month
                        + "; jobbstimulans gäller efter sex månader i följd.");
    }

    /** The first month preceded by six consecutive months with försörjningsstöd. */
    static Optional<YearMonth> firstStart(TreeSet<YearMonth> months) {
        int run = 0;
        YearMonth previous = null;
        for (YearMonth m : months) {
            run = previous != null && m.equals(previous.plusMonths(1)) ? run + 1 : 1;
            if (run == QUALIFYING_MONTHS) {
                return Optional.of(m.plusMonths(1));
            }
            previous = m;
        }
        return Optional.empty();
    }

    private static int runBefore(YearMonth month, Set<YearMonth> months) {
        int run = 0;
        YearMonth m = month.minusMonths(1);
        while (months.contains(m)) {
            run++;
            m = m.minusMonths(1);
        }
        return run;
    }

    /** Whether jobbstimulans applies in a month, the period when known, and why, in Swedish. */
    public record JobStimulusStatus(boolean applies, YearMonth periodStart, YearMonth periodEnd, int consecutiveMonths,
                                    String explanation) {
    }
}
