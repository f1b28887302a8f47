package se.ebba.shared;

/**
 * Something the user asked for does not exist, or exists outside what the user may see: both
 * answer the same way, so that nobody can probe for cases of other units.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what);
    }
}
