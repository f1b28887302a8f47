package se.ebba.shared;

/**
 * The input is fine but the system lacks data needed to act on it (e.g. no norm table for the
 * year). Answered with 422 and a Swedish message that says what is missing.
 */
public class MissingDataException extends InvalidInputException {

    public MissingDataException(String field, String message) {
        super(field, message);
    }
}
