package se.ebba.shared;

/** Someone else changed the same thing since the user loaded it; nothing was overwritten. */
public class ConcurrentEditException extends RuntimeException {

    public ConcurrentEditException(String message) {
        super(message);
    }
}
