package se.ebba.payment.domain;

/** The check digit methods of Swedish account and giro numbers: modulus 10 (Luhn) and modulus 11. */
public final class CheckDigits {

    private static final int[] MOD11_WEIGHTS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 1};

    private CheckDigits() {
    }

    /** Modulus 10 (Luhn): from the right, every second digit doubled (its digits summed); the sum ends in 0. */
    public static boolean mod10(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    /** Modulus 11 with the weights 1, 2, 3 … 10, 1 from the right: the weighted sum is divisible by 11. */
    public static boolean mod11(String digits) {
        if (digits.length() > MOD11_WEIGHTS.length) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += (digits.charAt(digits.length() - 1 - i) - '0') * MOD11_WEIGHTS[i];
        }
        return sum % 11 == 0;
    }
}
