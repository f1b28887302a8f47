package se.ebba.changeplan.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When a plan is next followed up (PROCESS.md §2): at least every N months, N being the unit's
 * dated setting (default 4). The default date is N months from the plan or the follow-up; an
 * earlier date may be chosen, a later one is refused.
 */
public final class FollowUpPolicy {

    private final PlanSettings settings;

    public FollowUpPolicy(PlanSettings settings) {
        this.settings = settings;
    }

    public sealed interface NextFollowUp permits Booked, TooLate, NotAfterStart {
    }

    public record Booked(LocalDate on) implements NextFollowUp {
    }

    public record TooLate(LocalDate latest, int months) implements NextFollowUp {
    }

    public record NotAfterStart(LocalDate start) implements NextFollowUp {
    }

    public LocalDate latest(LocalDate from) {
        return from.plusMonths(settings.followUpMonths());
    }

    /** The next follow-up counted from the date of the plan or of the follow-up; the default when none is chosen. */
    public NextFollowUp book(LocalDate from, Optional<LocalDate> chosen) {
        LocalDate next = chosen.orElse(latest(from));
        if (!next.isAfter(from)) {
            return new NotAfterStart(from);
        }
        if (next.isAfter(latest(from))) {
            return new TooLate(latest(from), settings.followUpMonths());
        }
        return new Booked(next);
    }
}
