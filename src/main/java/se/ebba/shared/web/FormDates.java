package se.ebba.shared.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import se.ebba.shared.InvalidInputException;

/** Dates typed into forms: empty means none, anything else must be ÅÅÅÅ-MM-DD. */
public final class FormDates {

    public static final String FORMAT_MESSAGE = "Skriv datumet som ÅÅÅÅ-MM-DD.";

    private FormDates() {
    }

    /** The date, or null when the field is empty; a malformed date names the field. */
    public static LocalDate parse(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, FORMAT_MESSAGE);
        }
    }
}
