package se.ebba.identity.domain;

import java.util.Objects;
import java.util.UUID;

/** A request by an administrator for case roles, units or the protected-identity right, awaiting the unit managers. */
public record GrantRequestId(UUID value) {

    public GrantRequestId {
        Objects.requireNonNull(value, "GrantRequestId needs a value");
    }

    public static GrantRequestId random() {
        return new GrantRequestId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
