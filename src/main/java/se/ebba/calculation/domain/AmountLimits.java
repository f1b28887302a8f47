package se.ebba.calculation.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.InvalidInputException.FieldError;

/**
 * Plausible upper bounds for amounts typed into a calculation or a decision (table
 * {@code amount_limit}). Not rules of law: guards against typing errors ("9 223 372 036 854 775 807
 * kr el") and overflow. An amount above its bound is refused with a message naming the field.
 */
public record AmountLimits(Map<String, Long> maxBySubject) {

    /** The bound when the table names none for a subject. */
    public static final long FALLBACK = 1_000_000;

    public AmountLimits {
        maxBySubject = Map.copyOf(maxBySubject);
    }

    public long cost(CostType type) {
        return max("COST:" + type.name());
    }

    public long income(IncomeType type) {
        return max("INCOME:" + type.name());
    }

    public long grantedItem() {
        return max("GRANTED_ITEM");
    }

    public long max(String subject) {
        return maxBySubject.getOrDefault(subject, FALLBACK);
    }

    /** Every amount of the input within its bound; names each field that is not. */
    public void check(CalculationInput in) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < in.costs().size(); i++) {
            CalculationInput.Cost c = in.costs().get(i);
            if (c != null && c.type() != null && c.amount() > cost(c.type())) {
                errors.add(tooLarge("costs[" + i + "].amount", c.type().text(), cost(c.type())));
            }
        }
        for (int i = 0; i < in.incomes().size(); i++) {
            CalculationInput.Income inc = in.incomes().get(i);
            if (inc != null && inc.type() != null && inc.amount() > income(inc.type())) {
                errors.add(tooLarge("incomes[" + i + "].amount", inc.type().text(), income(inc.type())));
            }
            if (inc != null && (inc.earnedEarlierThisYear() < 0 || inc.earnedEarlierThisYear() > max("EARNED_EARLIER_THIS_YEAR"))) {
                errors.add(new FieldError("incomes[" + i + "].earnedEarlierThisYear", "Tidigare inkomst i år ska vara mellan 0 och "
                        + Kronor.format(max("EARNED_EARLIER_THIS_YEAR")) + " kr."));
            }
        }
        for (int i = 0; i < in.normAdjustments().size(); i++) {
            CalculationInput.NormAdjustment a = in.normAdjustments().get(i);
            if (a != null && Math.abs(Math.max(a.amount(), -Long.MAX_VALUE)) > max("NORM_ADJUSTMENT")) {
                errors.add(new FieldError("normAdjustments[" + i + "].amount", "Normen kan höjas eller sänkas med högst "
                        + Kronor.format(max("NORM_ADJUSTMENT")) + " kr. Kontrollera beloppet."));
            }
        }
        for (int i = 0; i < in.otherNeeds().size(); i++) {
            CalculationInput.OtherNeed n = in.otherNeeds().get(i);
            if (n != null && n.amount() > max("OTHER_NEED")) {
                errors.add(tooLarge("otherNeeds[" + i + "].amount", "Behovet", max("OTHER_NEED")));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    public static FieldError tooLarge(String field, String what, long max) {
        return new FieldError(field, what + ": beloppet får vara högst " + Kronor.format(max) + " kr i månaden. Kontrollera beloppet.");
    }
}
