package se.ebba.calculation.domain;

/** Whole kronor written the Swedish way: 12 345 (with a no-break space between thousands). */
public final class Kronor {

    private Kronor() {
    }

    /**
     * "12 345 kr" (a negative amount with its minus sign), for templates: written whole by Java rather than as {@code |${…} kr|}, which
     * Thymeleaf evaluates as an addition that first tries to read "12 345" as a number and throws
     * (and catches) an exception for every amount of a thousand or more.
     */
    public static String withUnit(long amount) {
        return format(amount) + " kr";
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
