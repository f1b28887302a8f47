package se.ebba.shared.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import se.ebba.shared.InvalidInputException;

/**
 * Dates typed into forms and sent in JSON: empty means none, anything else must be ÅÅÅÅ-MM-DD in a
 * plausible year. No date in a case of social assistance lies before 1900 or after 2100; a year
 * such as 0 or +999999999 is a typing error (and PostgreSQL cannot store the latter).
 */
public final class FormDates {

    public static final String FORMAT_MESSAGE = "Skriv datumet som ÅÅÅÅ-MM-DD.";
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2100;
    public static final String RANGE_MESSAGE = "Datumet måste ligga mellan år " + FIRST_YEAR + " och " + LAST_YEAR + ".";

    private FormDates() {
    }

    /** The date, or null when the field is empty; a malformed or implausible date names the field. */
    public static LocalDate parse(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, FORMAT_MESSAGE);
        }
        if (!isPlausible(date)) {
            throw new InvalidInputException(field, RANGE_MESSAGE);
        }
        return date;
    }

    /**
     * A benefit month as ÅÅÅÅ-MM in a plausible year.
     *
     * @throws DateTimeParseException when it is malformed or outside the plausible years
     */
    public static java.time.YearMonth month(String text) {
        java.time.YearMonth month = java.time.YearMonth.parse(text == null ? "" : text.strip());
        if (!isPlausible(month)) {
            throw new DateTimeParseException(RANGE_MESSAGE, text, 0);
        }
        return month;
    }

    public static boolean isPlausible(LocalDate date) {
        return date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR;
    }

    public static boolean isPlausible(java.time.YearMonth month) {
        return month.getYear() >= FIRST_YEAR && month.getYear() <= LAST_YEAR;
    }
}
