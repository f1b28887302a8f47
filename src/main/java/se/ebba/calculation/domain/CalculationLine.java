package se.ebba.calculation.domain;

/**
 * One line of a calculation: what it is, in Swedish, its amount (whole kronor; incomes are the
 * counted amounts, exemptions are shown as positive amounts not counted), what it rests on, and
 * the law.
 */
public record CalculationLine(LineKind kind, String text, long amount, String basis, String legalReference) {
}
