package se.ebba.payment.web;

import java.time.LocalDate;
import se.ebba.payment.CasePayments.NewAccount;
import se.ebba.shared.web.FormDates;

/** The account forms of the case's payment page, as typed (one record for the page's forms). */
record AccountForm(String name, String accountKind, String clearingNumber, String accountNumber, String bankgiro, String validFrom,
                   String reason) {

    static AccountForm empty(LocalDate today) {
        return new AccountForm("", "BANKGIRO", "", "", "", today.toString(), "");
    }

    NewAccount toNewAccount() {
        LocalDate from = FormDates.parse(validFrom, "validFrom");
        return new NewAccount(name, accountKind, clearingNumber, accountNumber, bankgiro, from, reason);
    }
}
