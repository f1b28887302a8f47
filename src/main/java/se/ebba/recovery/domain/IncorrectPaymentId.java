package se.ebba.recovery.domain;

import java.util.Objects;
import java.util.UUID;

/** Identifies an incorrect payment, and with it the recovery matter that follows it. */
public record IncorrectPaymentId(UUID value) {

    public IncorrectPaymentId {
        Objects.requireNonNull(value, "value");
    }

    public static IncorrectPaymentId random() {
        return new IncorrectPaymentId(UUID.randomUUID());
    }
}
