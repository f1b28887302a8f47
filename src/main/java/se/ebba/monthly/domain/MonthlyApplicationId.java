package se.ebba.monthly.domain;

import java.util.Objects;
import java.util.UUID;

/** The id of one version of a monthly application (a correction is a new version with its own id). */
public record MonthlyApplicationId(UUID value) {

    public MonthlyApplicationId {
        Objects.requireNonNull(value, "value");
    }

    public static MonthlyApplicationId newId() {
        return new MonthlyApplicationId(UUID.randomUUID());
    }
}
