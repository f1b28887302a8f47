package se.ebba.identity;

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

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
