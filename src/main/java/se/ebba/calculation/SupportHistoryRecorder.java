package se.ebba.calculation;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.ebba.calculation.internal.SupportMonths;

/**
 * Keeps the calculation's record of the months with försörjningsstöd from the decisions made
 * ({@code DecisionMade}), after their commit; the event publication registry redelivers what was not
 * recorded if the process died.
 */
@Component
class SupportHistoryRecorder {

    private final SupportMonths months;
    private final java.time.Clock clock;

    SupportHistoryRecorder(SupportMonths months, java.time.Clock clock) {
        this.months = months;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(LivelihoodSupportDecided decided) {
        months.record(decided.caseId().value(), decided.decisionReference(), decided.month(), decided.livelihoodSupportGranted(),
                decided.replacedDecisionReference(), clock.instant());
    }
}
