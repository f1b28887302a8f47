package se.ebba.decision;

import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;
import se.ebba.casefile.domain.CaseId;

/** A person made a decision; payments (to come) listen for granted amounts. */
public record DecisionMade(CaseId caseId, UUID decisionId, YearMonth month, long totalGranted, boolean againstApplicant, Instant decidedAt) {
}
