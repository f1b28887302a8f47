package se.ebba.identity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How an applicant reaches a unit, printed on its decision letters: postal address, phone and a
 * contact person. Each part is null until the administrator has entered it.
 */
public record UnitContact(String postalAddress, String phone, String contactPerson) {

    static final int MAX_ADDRESS = 300;
    static final int MAX_PHONE = 50;
    static final int MAX_CONTACT = 200;

    public UnitContact {
        postalAddress = blankToNull(postalAddress);
        phone = blankToNull(phone);
        contactPerson = blankToNull(contactPerson);
    }

    public static UnitContact none() {
        return new UnitContact(null, null, null);
    }

    public boolean complete() {
        return postalAddress != null && phone != null && contactPerson != null;
    }

    /** The sender block of a letter: the postal address lines, phone and contact person; a gap is said plainly rather than left out. */
    public List<String> senderLines() {
        List<String> lines = new ArrayList<>();
        if (postalAddress != null) {
            Arrays.stream(postalAddress.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).forEach(lines::add);
        } else {
            lines.add("Postadress saknas: enhetens administratör behöver lägga in den");
        }
        if (phone != null) {
            lines.add("Telefon " + phone);
        }
        if (contactPerson != null) {
            lines.add("Kontaktperson: " + contactPerson);
        }
        return List.copyOf(lines);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
