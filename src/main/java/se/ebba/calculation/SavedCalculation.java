package se.ebba.calculation;

import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;
import se.ebba.calculation.domain.CalculationInput;
import se.ebba.calculation.domain.CalculationResult;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.domain.UnitId;

/**
 * A calculation kept because a decision may rest on it: the input, the norm table row it used (the
 * id of the exact table version, so a replaced table does not change it) and the result as shown.
 */
public record SavedCalculation(UUID id, CaseId caseId, UnitId unit, YearMonth month, long normTableId,
                               CalculationInput input, CalculationResult result, Instant createdAt) {
}
