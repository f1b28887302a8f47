package se.ebba.calculation.domain;

/**
 * One line of a calculation: what it is, in Swedish, its amount (whole kronor; incomes are the
 * counted amounts, exemptions are shown as positive amounts not counted), what it rests on, and
 * the law.
 *
 * @param claimed  for a cost limited to the unit's cap: the actual cost the household has (more
 *                 than {@code amount}, which is what is accepted as reasonable); null for every
 *                 other line. The difference is a partial refusal in the decision.
 * @param costType for a reasonable cost, which cost it is (what a payment of the rent to the
 *                 landlord is found by); null for every other line, and in calculations saved
 *                 before the field existed (see {@link #isCost})
 */
public record CalculationLine(LineKind kind, String text, long amount, String basis, String legalReference, Long claimed,
                              CostType costType) {

    public CalculationLine(LineKind kind, String text, long amount, String basis, String legalReference) {
        this(kind, text, amount, basis, legalReference, null, null);
    }

    public CalculationLine(LineKind kind, String text, long amount, String basis, String legalReference, Long claimed) {
        this(kind, text, amount, basis, legalReference, claimed, null);
    }

    /** A reasonable-cost line of the cost type. */
    static CalculationLine reasonableCost(CostType type, String text, long amount, String basis, String legalReference, Long claimed) {
        return new CalculationLine(LineKind.REASONABLE_COST, text, amount, basis, legalReference, claimed, type);
    }

    /**
     * Whether this line is the accepted amount of the cost type. A calculation saved before lines
     * carried their cost type is read by the text the calculator wrote then, which starts with the
     * type's name; every newer line answers by its type.
     */
    public boolean isCost(CostType type) {
        if (kind != LineKind.REASONABLE_COST) {
            return false;
        }
        return costType != null ? costType == type : text.startsWith(type.text());
    }

    /** What was claimed but not accepted (0 when the line accepts everything). */
    public long notAccepted() {
        return claimed == null ? 0 : Math.max(0, claimed - amount);
    }
}
