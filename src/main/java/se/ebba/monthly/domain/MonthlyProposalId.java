package se.ebba.monthly.domain;

import java.util.Objects;
import java.util.UUID;

/** The id of a month's proposal. */
public record MonthlyProposalId(UUID value) {

    public MonthlyProposalId {
        Objects.requireNonNull(value, "value");
    }
}
