package se.ebba.intake.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import se.ebba.identity.domain.UserId;

/**
 * A residence check (tillhörighetsbedömning): where the person lives and is registered
 * (folkbokförd), how many are registered at the address, whether the district is one of the unit's,
 * and for a person who belongs elsewhere: where they were referred and why.
 */
public record ResidenceCheck(UUID id, ContactId contact, String streetAddress, String postalCode, String city, Optional<String> district,
                             boolean registeredThere, int peopleRegistered, ResidencePolicy.Outcome outcome, Instant checkedAt,
                             UserId checkedBy) {

    public boolean belongs() {
        return outcome instanceof ResidencePolicy.Outcome.Belongs;
    }
}
