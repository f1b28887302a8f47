package se.ebba.shared;

import java.util.List;

/**
 * User input that breaks a rule. Carries one Swedish message per field, so that the UI can show
 * an error summary and the API can answer with problem details naming each field.
 */
public class InvalidInputException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.isEmpty() ? "Ogiltig uppgift" : errors.getFirst().message());
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    public record FieldError(String field, String message) {
    }
}
