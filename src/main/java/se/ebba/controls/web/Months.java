package se.ebba.controls.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import se.ebba.shared.InvalidInputException;

/** Months as the pages write them (ÅÅÅÅ-MM, as an input of type month posts). */
final class Months {

    private Months() {
    }

    static Optional<YearMonth> parse(String text, String field) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            YearMonth month = YearMonth.parse(text.strip());
            if (month.getYear() < 2000 || month.getYear() > 2100) {
                throw new InvalidInputException(field, "Ange en månad mellan år 2000 och 2100.");
            }
            return Optional.of(month);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "Ange månaden som ÅÅÅÅ-MM, till exempel 2027-01.");
        }
    }
}
