package se.ebba.audit.origin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import se.ebba.shared.Sha256;

/**
 * Where the request being handled came from: the client address and a hash of the session id.
 * Filled once per request by {@link RequestOriginFilter} and read by the access log, so that no
 * caller has to pass them. The raw session id is a credential and never leaves this class.
 */
public final class RequestOrigin {

    private static final ThreadLocal<HttpServletRequest> CURRENT = new ThreadLocal<>();

    private RequestOrigin() {
    }

    static void set(HttpServletRequest request) {
        CURRENT.set(request);
    }

    static void clear() {
        CURRENT.remove();
    }

    /** The origin of the current request, or empty outside a request (start-up, scheduled work, tests calling APIs). */
    public static Optional<Origin> current() {
        HttpServletRequest request = CURRENT.get();
        if (request == null) {
            return Optional.empty();
        }
        // The session is read when the row is written, not when the request came in: logging in
        // creates a new session id (session fixation protection).
        HttpSession session = request.getSession(false);
        return Optional.of(new Origin(request.getRemoteAddr(), session == null ? null : sha256(session.getId())));
    }

    static String sha256(String text) {
        return Sha256.hex(text);
    }

    /** @param sessionHash SHA-256 of the session id in hex, null when the request has no session (API with Basic) */
    public record Origin(String clientAddress, String sessionHash) {
    }
}
