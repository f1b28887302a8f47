package se.ebba.identity;

import java.time.LocalDate;
import se.ebba.identity.domain.PersonId;

/**
 * A person as one particular user may see them. For a protected person the address is replaced by
 * "Skyddad adress" unless the user holds the PROTECTED_IDENTITY right (OSL 21 kap. 3 §).
 */
public record PersonView(PersonId id, String personalNumber, String firstName, String lastName, LocalDate birthDate,
                         boolean protectedIdentity, String address, boolean addressHidden) {

    public static final String PROTECTED_ADDRESS = "Skyddad adress";

    public String fullName() {
        return firstName + " " + lastName;
    }
}
