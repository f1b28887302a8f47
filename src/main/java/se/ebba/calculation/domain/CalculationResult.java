package se.ebba.calculation.domain;

import java.util.List;

/**
 * The outcome: need = norm + reasonable costs + other needs; result = need − counted income. A
 * result of zero or less means the household's income covers its need.
 */
public record CalculationResult(int tableYear, TableStatus tableStatus, String tableSource, long personalCosts,
                                long householdCosts, long norm, long reasonableCosts, long otherNeeds, long need,
                                long countedIncome, long result, List<String> warnings, List<CalculationLine> lines) {

    public boolean usesProvisionalTable() {
        return tableStatus == TableStatus.PROVISIONAL;
    }
}
