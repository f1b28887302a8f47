package se.ebba.intake.domain;

import java.util.Objects;
import java.util.UUID;

/** One item of the application checklist, as a dated row of rule data. */
public record ChecklistItemId(UUID value) {

    public ChecklistItemId {
        Objects.requireNonNull(value, "value");
    }
}
