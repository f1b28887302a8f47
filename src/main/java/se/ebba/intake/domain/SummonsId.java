package se.ebba.intake.domain;

import java.util.Objects;
import java.util.UUID;

/** A booking of the first meeting, and the summons (kallelse) sent for it. */
public record SummonsId(UUID value) {

    public SummonsId {
        Objects.requireNonNull(value, "value");
    }

    public static SummonsId random() {
        return new SummonsId(UUID.randomUUID());
    }
}
