package se.ebba.identity;

import se.ebba.identity.domain.PersonalNumber;

/** What intake knows about a person when registering a household. Address parts may be empty. */
public record NewPerson(PersonalNumber personalNumber, String firstName, String lastName, boolean protectedIdentity,
                        String streetAddress, String postalCode, String city) {
}
