package se.ebba.monthly.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** A bank statement handed in with a monthly application: the account as the statement names it, its period and its deposits. */
public record Statement(String account, LocalDate from, LocalDate to, List<Deposit> deposits) {

    public static final int MAX_ACCOUNT = 100;

    public Statement {
        deposits = List.copyOf(deposits);
    }

    /** The same account typed with other spacing or case is the same account. */
    public String accountKey() {
        return key(account);
    }

    public static String key(String account) {
        return account.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
