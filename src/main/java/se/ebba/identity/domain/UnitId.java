package se.ebba.identity.domain;

import java.util.Objects;
import java.util.UUID;

public record UnitId(UUID value) {

    public UnitId {
        Objects.requireNonNull(value, "UnitId needs a value");
    }

    public static UnitId random() {
        return new UnitId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
