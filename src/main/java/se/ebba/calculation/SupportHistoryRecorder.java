package se.ebba.calculation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.ebba.calculation.internal.SupportMonths;
import se.ebba.casefile.CaseFiles;
import se.ebba.casefile.domain.HouseholdRole;

/**
 * Keeps the calculation's record of the months with försörjningsstöd from the decisions made
 * ({@code DecisionMade}), after their commit, for the case and for each adult of its household at the
 * time (jobbstimulans follows the person, RULES.md §4); the event publication registry redelivers what
 * was not recorded if the process died.
 */
@Component
class SupportHistoryRecorder {

    private final SupportMonths months;
    private final CaseFiles caseFiles;
    private final Clock clock;

    SupportHistoryRecorder(SupportMonths months, CaseFiles caseFiles, Clock clock) {
        this.months = months;
        this.caseFiles = caseFiles;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(LivelihoodSupportDecided decided) {
        Instant at = clock.instant();
        UUID caseId = decided.caseId().value();
        months.record(caseId, decided.decisionReference(), decided.month(), decided.livelihoodSupportGranted(),
                decided.replacedDecisionReference(), at);
        List<UUID> adults = caseFiles.householdMembers(decided.caseId()).stream()
                .filter(m -> m.role() == HouseholdRole.APPLICANT || m.role() == HouseholdRole.CO_APPLICANT)
                .map(m -> m.person().value()).toList();
        months.recordForPeople(adults, caseId, decided.decisionReference(), decided.month(), decided.livelihoodSupportGranted(),
                decided.replacedDecisionReference(), at);
    }
}
