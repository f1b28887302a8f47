package se.ebba.decision.domain;

import java.util.Objects;
import java.util.UUID;

/** The id of a decision (beslut). Prints as the bare UUID, as it appears in the pages' addresses. */
public record DecisionId(UUID value) {

    public DecisionId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
