package se.ebba.application;

import java.util.List;
import se.ebba.calculation.domain.Kronor;
import se.ebba.shared.InvalidInputException.FieldError;

/** A required free text of a form: the message when it is missing, a limit on its length. */
final class RequiredText {

    private RequiredText() {
    }

    static void check(List<FieldError> errors, String field, String value, String message) {
        check(errors, field, value, message, 10_000);
    }

    static void check(List<FieldError> errors, String field, String value, String message, int max) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, message));
        } else if (value.strip().length() > max) {
            errors.add(new FieldError(field, "Texten får vara högst " + Kronor.format(max) + " tecken."));
        }
    }
}
