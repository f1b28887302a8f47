package se.ebba.calculation.domain;

/**
 * One line of a calculation: what it is, in Swedish, its amount (whole kronor; incomes are the
 * counted amounts, exemptions are shown as positive amounts not counted), what it rests on, and
 * the law.
 *
 * @param claimed for a cost limited to the unit's cap: the actual cost the household has (more
 *                than {@code amount}, which is what is accepted as reasonable); null for every
 *                other line. The difference is a partial refusal in the decision.
 */
public record CalculationLine(LineKind kind, String text, long amount, String basis, String legalReference, Long claimed) {

    public CalculationLine(LineKind kind, String text, long amount, String basis, String legalReference) {
        this(kind, text, amount, basis, legalReference, null);
    }

    /** What was claimed but not accepted (0 when the line accepts everything). */
    public long notAccepted() {
        return claimed == null ? 0 : Math.max(0, claimed - amount);
    }
}
