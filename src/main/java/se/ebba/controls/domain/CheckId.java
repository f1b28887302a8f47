package se.ebba.controls.domain;

import java.util.Objects;
import java.util.UUID;

/** A recurring check of a unit's calendar, the same across its dated versions. */
public record CheckId(UUID value) {

    public CheckId {
        Objects.requireNonNull(value, "value");
    }

    public static CheckId random() {
        return new CheckId(UUID.randomUUID());
    }
}
