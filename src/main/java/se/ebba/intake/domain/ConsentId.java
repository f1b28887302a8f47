package se.ebba.intake.domain;

import java.util.Objects;
import java.util.UUID;

/** A consent (samtycke) recorded in a case. */
public record ConsentId(UUID value) {

    public ConsentId {
        Objects.requireNonNull(value, "value");
    }

    public static ConsentId random() {
        return new ConsentId(UUID.randomUUID());
    }
}
