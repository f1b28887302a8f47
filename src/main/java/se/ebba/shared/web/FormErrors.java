package se.ebba.shared.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.InvalidInputException.FieldError;

/** Errors of a submitted form, for the error summary and the message beside each field. */
public final class FormErrors {

    private final List<FieldError> errors;
    private final Map<String, String> byField = new LinkedHashMap<>();

    private FormErrors(List<FieldError> errors) {
        this.errors = List.copyOf(errors);
        errors.forEach(e -> byField.putIfAbsent(e.field(), e.message()));
    }

    public static FormErrors none() {
        return new FormErrors(List.of());
    }

    public static FormErrors of(InvalidInputException e) {
        return new FormErrors(e.errors());
    }

    public static FormErrors of(String field, String message) {
        return new FormErrors(List.of(new FieldError(field, message)));
    }

    public List<FieldError> list() {
        return errors;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String get(String field) {
        return byField.get(field);
    }

    /** The HTML id of a field's input, matching the links of the error summary. */
    public static String id(String field) {
        return field.replace("[", "-").replace("]", "").replace(".", "-");
    }
}
