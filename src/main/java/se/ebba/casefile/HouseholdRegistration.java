package se.ebba.casefile;

import java.util.List;
import se.ebba.identity.domain.UnitId;
import se.ebba.identity.domain.UserId;

/**
 * A household as intake registers it: the applicant, an optional co-applicant (spouse or sambo),
 * the children at home and other adults in the household. Personnummer are text as typed; they
 * are checked here so that each field gets its own message.
 */
public record HouseholdRegistration(UnitId unit, PersonInput applicant, PersonInput coApplicant, List<PersonInput> children,
                                    List<PersonInput> otherAdults, UserId caseworker) {

    public HouseholdRegistration {
        children = children == null ? List.of() : List.copyOf(children);
        otherAdults = otherAdults == null ? List.of() : List.copyOf(otherAdults);
    }

    public record PersonInput(String personalNumber, String firstName, String lastName, boolean protectedIdentity,
                              String streetAddress, String postalCode, String city) {

        public static PersonInput of(String personalNumber, String firstName, String lastName) {
            return new PersonInput(personalNumber, firstName, lastName, false, null, null, null);
        }

        boolean isEmpty() {
            return blank(personalNumber) && blank(firstName) && blank(lastName);
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }
}
