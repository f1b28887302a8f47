package se.ebba.payment.domain;

import java.util.Objects;
import java.util.UUID;

/** The id of a payment (utbetalning). Prints as the bare UUID. */
public record PaymentId(UUID value) {

    public PaymentId {
        Objects.requireNonNull(value, "value");
    }

    public static PaymentId random() {
        return new PaymentId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
