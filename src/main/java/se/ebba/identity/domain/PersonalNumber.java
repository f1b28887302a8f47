package se.ebba.identity.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Swedish personnummer or samordningsnummer, always stored in its 12-digit form
 * (YYYYMMDDNNNC). A samordningsnummer has 60 added to the day of birth. The last digit is a Luhn
 * check digit over the 10-digit form (Skatteverket, SKV 704).
 */
public record PersonalNumber(String value) {

    private static final Pattern TWELVE = Pattern.compile("\\d{12}");
    private static final Pattern INPUT = Pattern.compile("(\\d{6}|\\d{8})([-+]?)(\\d{4})");

    public PersonalNumber {
        if (value == null || !TWELVE.matcher(value).matches()) {
            throw new InvalidPersonalNumberException(InvalidPersonalNumberException.Kind.FORMAT);
        }
        birthDateOf(value);
        if (!luhnValid(value.substring(2))) {
            throw new InvalidPersonalNumberException(InvalidPersonalNumberException.Kind.CHECK_DIGIT);
        }
    }

    /**
     * Reads a personnummer as people write it: 10 or 12 digits, with or without "-" or "+".
     * A 10-digit number gets its century from {@code today}: "-" means under 100 years old,
     * "+" means 100 or older.
     */
    public static PersonalNumber parse(String input, LocalDate today) {
        if (input == null || input.isBlank()) {
            throw new InvalidPersonalNumberException(InvalidPersonalNumberException.Kind.EMPTY);
        }
        Matcher m = INPUT.matcher(input.strip().replace(" ", ""));
        if (!m.matches()) {
            throw new InvalidPersonalNumberException(InvalidPersonalNumberException.Kind.FORMAT);
        }
        String date = m.group(1);
        String separator = m.group(2);
        String tail = m.group(3);
        String full;
        if (date.length() == 8) {
            full = date + tail;
        } else {
            full = withCentury(date, "+".equals(separator), today) + tail;
        }
        PersonalNumber number = new PersonalNumber(full);
        if (number.birthDate().isAfter(today)) {
            throw new InvalidPersonalNumberException(InvalidPersonalNumberException.Kind.FUTURE_DATE);
        }
        return number;
    }

    private static String withCentury(String yymmdd, boolean hundredOrOlder, LocalDate today) {
        int year = today.getYear() / 100 * 100 + Integer.parseInt(yymmdd.substring(0, 2));
        int month = Integer.parseInt(yymmdd.substring(2, 4));
        int day = Integer.parseInt(yymmdd.substring(4, 6));
        LocalDate candidate = safeDate(year, month, day > 60 ? day - 60 : day);
        boolean inFuture = candidate == null ? year > today.getYear() : candidate.isAfter(today);
        if (inFuture) {
            year -= 100;
        }
        if (hundredOrOlder) {
            year -= 100;
        }
        return year + yymmdd.substring(2);
    }

    private static LocalDate safeDate(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalDate birthDateOf(String twelve) {
        int year = Integer.parseInt(twelve.substring(0, 4));
        int month = Integer.parseInt(twelve.substring(4, 6));
        int day = Integer.parseInt(twelve.substring(6, 8));
        if (day > 60) {
            day -= 60; // samordningsnummer: day of birth + 60
        }
        LocalDate date = safeDate(year, month, day);
        if (date == null || day == 0) {
            throw new InvalidPersonalNumberException(InvalidPersonalNumberException.Kind.DATE);
        }
        return date;
    }

    static boolean luhnValid(String tenDigits) {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int d = tenDigits.charAt(i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    /** The check digit that makes the first nine digits of a 10-digit form valid. */
    public static int checkDigitFor(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int d = nineDigits.charAt(i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return (10 - sum % 10) % 10;
    }

    public LocalDate birthDate() {
        return birthDateOf(value);
    }

    /** Day of the month of birth (1–31), also for a samordningsnummer; used by case allocation. */
    public int birthDay() {
        return birthDate().getDayOfMonth();
    }

    public boolean isCoordinationNumber() {
        return Integer.parseInt(value.substring(6, 8)) > 60;
    }

    /** YYYYMMDD-NNNN, the form shown to users. */
    public String formatted() {
        return value.substring(0, 8) + "-" + value.substring(8);
    }

    @Override
    public String toString() {
        // Never print a personnummer into logs by accident.
        return "PersonalNumber[****]";
    }
}
