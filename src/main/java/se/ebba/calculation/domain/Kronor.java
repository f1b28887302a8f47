package se.ebba.calculation.domain;

/** Whole kronor written the Swedish way: 12 345 (with a no-break space between thousands). */
public final class Kronor {

    private Kronor() {
    }

    public static String format(long amount) {
        if (amount < 0) {
            return "−" + format(-amount);
        }
        if (amount < 1000) {
            return Long.toString(amount);
        }
        String digits = Long.toString(amount);
        StringBuilder sb = new StringBuilder(digits.length() + digits.length() / 3);
        int lead = digits.length() % 3;
        if (lead > 0) {
            sb.append(digits, 0, lead);
        }
        for (int i = lead; i < digits.length(); i += 3) {
            if (sb.length() > 0) {
                sb.append('\u00a0');
            }
            sb.append(digits, i, i + 3);
        }
        return sb.toString();
    }
}
