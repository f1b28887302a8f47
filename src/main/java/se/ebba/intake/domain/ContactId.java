package se.ebba.intake.domain;

import java.util.Objects;
import java.util.UUID;

/** A contact at intake (a call, a visit, a letter or an e-application). */
public record ContactId(UUID value) {

    public ContactId {
        Objects.requireNonNull(value, "value");
    }

    public static ContactId random() {
        return new ContactId(UUID.randomUUID());
    }
}
