package se.ebba.support;

import java.util.concurrent.atomic.AtomicInteger;
import se.ebba.identity.domain.PersonalNumber;

/** Fixture factory: fictitious households with valid, never-reused personnummer. */
public final class Households {

    private static final AtomicInteger SERIAL = new AtomicInteger(100);

    private Households() {
    }

    /** A fresh valid personnummer (12 digits) for someone born on the given date (yyyyMMdd). */
    public static String personalNumber(String yyyymmdd) {
        String serial = "%03d".formatted(SERIAL.getAndIncrement() % 1000);
        String nine = yyyymmdd.substring(2) + serial;
        return yyyymmdd + serial + PersonalNumber.checkDigitFor(nine);
    }

    public static String singleAdult(String unitCode, String birthDate, String firstName, String lastName) {
        return """
                {"unitCode": "%s", "applicant": {"personalNumber": "%s", "firstName": "%s", "lastName": "%s"}}
                """.formatted(unitCode, personalNumber(birthDate), firstName, lastName);
    }

    public static String singleParentWithTwoChildren(String unitCode, String lastName) {
        return """
                {"unitCode": "%s",
                 "applicant": {"personalNumber": "%s", "firstName": "Karolina", "lastName": "%s"},
                 "children": [{"personalNumber": "%s", "firstName": "Alice"}, {"personalNumber": "%s", "firstName": "Oliver"}]}
                """.formatted(unitCode, personalNumber("19870304"), lastName, personalNumber("20140505"), personalNumber("20180909"));
    }
}
