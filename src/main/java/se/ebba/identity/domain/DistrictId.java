package se.ebba.identity.domain;

import java.util.Objects;
import java.util.UUID;

public record DistrictId(UUID value) {

    public DistrictId {
        Objects.requireNonNull(value, "DistrictId needs a value");
    }

    public static DistrictId random() {
        return new DistrictId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
