package se.ebba.application.domain;

import java.util.Objects;
import java.util.UUID;

/** The id of an application (ansökan). Prints as the bare UUID, as it appears in the pages' addresses. */
public record ApplicationId(UUID value) {

    public ApplicationId {
        Objects.requireNonNull(value, "value");
    }

    public static ApplicationId newId() {
        return new ApplicationId(UUID.randomUUID());
    }

    public static ApplicationId of(String value) {
        return new ApplicationId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
