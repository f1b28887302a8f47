package se.ebba.shared;

/** The user may see the thing but not do this to it (e.g. an auditor trying to write). */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
