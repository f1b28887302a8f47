package se.ebba.payment.domain;

import java.util.Objects;

/** Who a payment goes to and the account it is paid to. */
public record Recipient(RecipientKind kind, String name, PaymentAccount account) {

    public Recipient {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(account, "account");
    }
}
