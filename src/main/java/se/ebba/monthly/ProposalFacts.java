package se.ebba.monthly;

import se.ebba.calculation.domain.CalculationResult;

/** What a flag source looks at: the completed application as the event carried it and the month's calculation. */
record ProposalFacts(MonthlyApplicationCompleted application, CalculationResult calculation) {
}
