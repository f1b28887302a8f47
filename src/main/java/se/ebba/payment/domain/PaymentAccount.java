package se.ebba.payment.domain;

import java.util.ArrayList;
import java.util.List;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.InvalidInputException.FieldError;

/**
 * Where money is paid: a Swedish bank account (clearing number and account number with their check
 * digits) or a bankgiro number. Made only from numbers that pass the checks, so a payment never
 * carries an account that cannot exist.
 */
public sealed interface PaymentAccount {

    /** BANK_ACCOUNT or BANKGIRO, as stored on the payment. */
    String kind();

    /** The clearing number of a bank account; null for a bankgiro number. */
    String clearingNumber();

    String accountNumber();

    /** As shown to people: "8327-9, 123 456 789-0", "Bankgiro 5050-1055". */
    String display();

    /** From a stored payment or account row (already checked when it was registered). */
    static PaymentAccount stored(String kind, String clearingNumber, String accountNumber) {
        return "BANKGIRO".equals(kind) ? Bankgiro.of(accountNumber, "bankgiro") : BankAccount.of(clearingNumber, accountNumber,
                "clearingNumber", "accountNumber");
    }

    /** Digits only: people write "8327-9" and "123 456 789-0". */
    static String digits(String text) {
        return text == null ? "" : text.replaceAll("[\\s.,-]", "");
    }

    /**
     * A Swedish bank account. {@code type} is Bankgirot's account type (1: the clearing number is part of
     * the check; 2: the account number alone is checked).
     */
    record BankAccount(String clearingNumber, String accountNumber, String bank, int type) implements PaymentAccount {

        /** Checks the numbers as typed; the errors name the fields. */
        public static BankAccount of(String clearingText, String accountText, String clearingField, String accountField) {
            String clearing = digits(clearingText);
            String account = digits(accountText);
            List<FieldError> errors = new ArrayList<>();
            if (clearing.isEmpty()) {
                errors.add(new FieldError(clearingField, "Ange clearingnummer."));
            } else if (!clearing.matches("[0-9]{4,5}")) {
                errors.add(new FieldError(clearingField, "Clearingnumret ska vara fyra siffror (fem för Swedbank-konton som börjar med 8)."));
            }
            if (account.isEmpty()) {
                errors.add(new FieldError(accountField, "Ange kontonummer."));
            } else if (!account.matches("[0-9]{2,16}")) {
                errors.add(new FieldError(accountField, "Kontonumret får bara innehålla siffror."));
            }
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            if (clearing.length() == 5 && (clearing.charAt(0) != '8' || !CheckDigits.mod10(clearing))) {
                throw new InvalidInputException(clearingField, clearing.charAt(0) != '8'
                        ? "Clearingnumret ska vara fyra siffror; bara Swedbank-konton som börjar med 8 har en femte siffra."
                        : "Clearingnumret stämmer inte: den femte siffran är en kontrollsiffra som inte går ihop. Kontrollera numret.");
            }
            SwedishBanks.Series series = SwedishBanks.of(Integer.parseInt(clearing.substring(0, 4))).orElseThrow(() ->
                    new InvalidInputException(clearingField, "Clearingnumret " + clearing + " hör inte till någon svensk bank."));
            if (account.length() < series.minLength() || account.length() > series.maxLength()) {
                throw new InvalidInputException(accountField, "Kontonumret hos " + series.bank() + " ska ha "
                        + (series.minLength() == series.maxLength() ? series.minLength() : series.minLength() + "–" + series.maxLength())
                        + " siffror utan clearingnummer.");
            }
            if (!checks(series, clearing.substring(0, 4), account)) {
                throw new InvalidInputException(accountField, "Kontonumret stämmer inte med kontrollsiffran för "
                        + series.bank() + ". Kontrollera clearing- och kontonumret.");
            }
            return new BankAccount(clearing, account, series.bank(), series.type());
        }

        private static boolean checks(SwedishBanks.Series series, String clearing4, String account) {
            if (series.type() == 1) {
                return CheckDigits.mod11((series.comment() == 1 ? clearing4.substring(1) : clearing4) + account);
            }
            return series.comment() == 2 ? CheckDigits.mod11(pad(account, 9)) : CheckDigits.mod10(pad(account, 10));
        }

        private static String pad(String digits, int length) {
            return "0".repeat(Math.max(0, length - digits.length())) + digits;
        }

        @Override
        public String kind() {
            return "BANK_ACCOUNT";
        }

        @Override
        public String display() {
            String clearing = clearingNumber.length() == 5 ? clearingNumber.substring(0, 4) + "-" + clearingNumber.charAt(4) : clearingNumber;
            return bank + ", " + clearing + ", " + accountNumber;
        }
    }

    /** A bankgiro number: seven or eight digits, the last a modulus 10 check digit. */
    record Bankgiro(String accountNumber) implements PaymentAccount {

        public static Bankgiro of(String text, String field) {
            String number = digits(text);
            if (number.isEmpty()) {
                throw new InvalidInputException(field, "Ange bankgironummer.");
            }
            if (!number.matches("[0-9]{7,8}")) {
                throw new InvalidInputException(field, "Bankgironumret ska vara sju eller åtta siffror, t.ex. 5050-1055.");
            }
            if (!CheckDigits.mod10(number)) {
                throw new InvalidInputException(field, "Bankgironumret stämmer inte med sin kontrollsiffra. Kontrollera numret.");
            }
            return new Bankgiro(number);
        }

        @Override
        public String kind() {
            return "BANKGIRO";
        }

        @Override
        public String clearingNumber() {
            return null;
        }

        @Override
        public String display() {
            int split = accountNumber.length() - 4;
            return "Bankgiro " + accountNumber.substring(0, split) + "-" + accountNumber.substring(split);
        }
    }
}
