package se.ebba.casefile.domain;

import se.ebba.identity.domain.PersonId;

public record HouseholdMember(PersonId person, HouseholdRole role) {
}
