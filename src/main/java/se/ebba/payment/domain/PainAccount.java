package se.ebba.payment.domain;

import java.util.Objects;

/**
 * An account as a pain.001 file names it for Swedish domestic transfers: a bank account as its BBAN
 * (clearing number followed by the account number, scheme code {@code BBAN}) or a bankgiro number
 * (scheme {@code BGNR}); the bank of the account is named by its clearing number in Bankgirot's
 * clearing system {@code SESBA} (9900 for Bankgirot itself). The numbers were checked (check digits)
 * when the payment or the debtor account was registered; here only their form is kept.
 */
public record PainAccount(Kind kind, String clearingNumber, String accountNumber) {

    public enum Kind { BANK_ACCOUNT, BANKGIRO }

    /** Bankgirot's member id in the SESBA clearing system. */
    static final String BANKGIROT_CLEARING = "9900";

    public PainAccount {
        Objects.requireNonNull(kind, "kind");
        if (accountNumber == null || !accountNumber.matches("[0-9]{2,16}")) {
            throw new IllegalArgumentException("An account number is digits only");
        }
        if ((kind == Kind.BANK_ACCOUNT) != (clearingNumber != null)) {
            throw new IllegalArgumentException("A bank account has a clearing number, a bankgiro number has none");
        }
        if (clearingNumber != null && !clearingNumber.matches("[0-9]{4,5}")) {
            throw new IllegalArgumentException("A clearing number is four or five digits");
        }
    }

    public static PainAccount stored(String kind, String clearingNumber, String accountNumber) {
        return new PainAccount(Kind.valueOf(kind), clearingNumber, accountNumber);
    }

    /** The account's id in the file: the BBAN, or the bankgiro number. */
    public String fileId() {
        return kind == Kind.BANK_ACCOUNT ? clearingNumber + accountNumber : accountNumber;
    }

    /** The account's bank in SESBA: the clearing number's four digits (a Swedbank fifth digit is a check digit), or Bankgirot. */
    public String clearingMember() {
        return kind == Kind.BANK_ACCOUNT ? clearingNumber.substring(0, 4) : BANKGIROT_CLEARING;
    }

    /** As shown to the cashier: "8327-9 123456789", "Bankgiro 5050-1055". */
    public String display() {
        if (kind == Kind.BANKGIRO) {
            int split = accountNumber.length() - 4;
            return "Bankgiro " + (split > 0 ? accountNumber.substring(0, split) + "-" + accountNumber.substring(split) : accountNumber);
        }
        return clearingNumber + " " + accountNumber;
    }
}
