package se.ebba.changeplan.domain;

import java.time.LocalDate;

/**
 * The unit's dated defaults for change plans (PROCESS.md §1–2): the plan is followed up at least
 * every {@code followUpMonths} and made within {@code planWithinMonths} of the referral.
 */
public record PlanSettings(int followUpMonths, int planWithinMonths, LocalDate validFrom, String source) {

    public PlanSettings {
        if (followUpMonths < 1 || planWithinMonths < 1) {
            throw new IllegalArgumentException("Intervals are whole months from 1");
        }
    }
}
