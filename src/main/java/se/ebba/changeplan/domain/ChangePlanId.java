package se.ebba.changeplan.domain;

import java.util.Objects;
import java.util.UUID;

public record ChangePlanId(UUID value) {

    public ChangePlanId {
        Objects.requireNonNull(value, "ChangePlanId needs a value");
    }

    public static ChangePlanId random() {
        return new ChangePlanId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
