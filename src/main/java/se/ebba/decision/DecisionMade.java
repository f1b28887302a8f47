package se.ebba.decision;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;
import java.util.UUID;
import se.ebba.calculation.LivelihoodSupportDecided;
import se.ebba.casefile.domain.CaseId;
import se.ebba.decision.domain.DecisionId;

/**
 * A person made a decision; payments (to come) listen for granted amounts, and the calculation keeps
 * the months with försörjningsstöd for jobbstimulans from it.
 *
 * @param livelihoodSupportGranted whether försörjningsstöd was granted (an amount above 0) for the month
 * @param replaces                 the decision this changed decision replaces, or null for a first decision
 */
public record DecisionMade(CaseId caseId, DecisionId decisionId, YearMonth month, long totalGranted, boolean againstApplicant,
                           Instant decidedAt, boolean livelihoodSupportGranted, DecisionId replaces) implements LivelihoodSupportDecided {

    @Override
    public UUID decisionReference() {
        return decisionId.value();
    }

    @Override
    public Optional<UUID> replacedDecisionReference() {
        return Optional.ofNullable(replaces).map(DecisionId::value);
    }
}
