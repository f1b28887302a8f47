package se.ebba.changeplan.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The share of referred cases that got a plan within the deadline (QUALITY.md, internal control:
 * "team lead checks monthly that förändringsplaner are made within three months in referred
 * cases"). A case still inside its deadline without a plan is not yet a failure: it is counted as
 * pending and left out of the share.
 */
public record PlanCoverage(int referred, int withinDeadline, int late, int pending) {

    public record ReferredCase(LocalDate referredOn, Optional<LocalDate> firstPlanOn) {
    }

    public static PlanCoverage of(List<ReferredCase> cases, int planWithinMonths, LocalDate today) {
        int within = 0;
        int late = 0;
        int pending = 0;
        for (ReferredCase c : cases) {
            LocalDate deadline = c.referredOn().plusMonths(planWithinMonths);
            if (c.firstPlanOn().isPresent() && !c.firstPlanOn().get().isAfter(deadline)) {
                within++;
            } else if (c.firstPlanOn().isPresent() || today.isAfter(deadline)) {
                late++;
            } else {
                pending++;
            }
        }
        return new PlanCoverage(cases.size(), within, late, pending);
    }

    /** Cases whose outcome is known: a plan in time, or a plan late or missing after the deadline. */
    public int due() {
        return withinDeadline + late;
    }

    /** Per cent of the due cases that got a plan in time; empty when no case is due yet. */
    public Optional<Integer> percentWithinDeadline() {
        return due() == 0 ? Optional.empty() : Optional.of(Math.round(100f * withinDeadline / due()));
    }
}
