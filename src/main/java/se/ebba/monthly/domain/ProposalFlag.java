package se.ebba.monthly.domain;

import java.util.Objects;

/** One thing a person must look at in a month's proposal: its kind and what exactly, in Swedish. */
public record ProposalFlag(ProposalFlagKind kind, String detail) {

    public ProposalFlag {
        Objects.requireNonNull(kind, "kind");
        if (detail == null || detail.isBlank()) {
            throw new IllegalArgumentException("detail");
        }
    }
}
