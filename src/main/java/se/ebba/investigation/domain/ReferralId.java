package se.ebba.investigation.domain;

import java.util.Objects;
import java.util.UUID;

/** The id of a referral from intake to the ongoing team. */
public record ReferralId(UUID value) {

    public ReferralId {
        Objects.requireNonNull(value, "ReferralId needs a value");
    }

    public static ReferralId random() {
        return new ReferralId(UUID.randomUUID());
    }
}
