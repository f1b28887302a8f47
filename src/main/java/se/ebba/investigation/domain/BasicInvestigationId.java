package se.ebba.investigation.domain;

import java.util.Objects;
import java.util.UUID;

/** The id of a case's grundutredning. */
public record BasicInvestigationId(UUID value) {

    public BasicInvestigationId {
        Objects.requireNonNull(value, "BasicInvestigationId needs a value");
    }

    public static BasicInvestigationId random() {
        return new BasicInvestigationId(UUID.randomUUID());
    }
}
