package se.ebba.investigation.domain;

import java.util.List;
import se.ebba.shared.InvalidInputException.FieldError;

/** Free text of the forms: stripped, blank as absent, with a length limit per field. */
final class Texts {

    private Texts() {
    }

    static String optional(String text, String field, String label, int max, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > max) {
            errors.add(new FieldError(field, label + " får vara högst " + max + " tecken."));
        }
        return stripped;
    }
}
