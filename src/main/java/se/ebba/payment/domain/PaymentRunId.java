package se.ebba.payment.domain;

import java.util.Objects;
import java.util.UUID;

/** The id of a payment run (utbetalningskörning). Prints as the bare UUID. */
public record PaymentRunId(UUID value) {

    public PaymentRunId {
        Objects.requireNonNull(value, "value");
    }

    public static PaymentRunId random() {
        return new PaymentRunId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
