package se.ebba.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import se.ebba.shared.infra.DatabaseFailures;

/**
 * The database is away (stopped, restarting, unreachable): pages answer 503 with the Swedish page
 * {@code error/503.html}, the API an RFC 9457 problem with 503. Never a login failure, never a 500.
 */
public final class ServiceUnavailable {

    public static final String TITLE = "Tjänsten är tillfälligt otillgänglig";
    public static final String DETAIL = "Ebba når inte sin databas just nu. Försök igen om en stund.";
    /** Seconds a client should wait before trying again. */
    static final String RETRY_AFTER = "10";

    private ServiceUnavailable() {
    }

    /** Whether the exception, or one of its causes, says that the database cannot be reached. */
    public static boolean isCause(Throwable e) {
        return DatabaseFailures.isUnavailable(e);
    }

    /** Answers 503: a problem document under /api, the Swedish error page elsewhere. */
    public static void respond(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setHeader("Retry-After", RETRY_AFTER);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"https://ebba.example/problems/service-unavailable\",\"title\":\"" + TITLE
                    + "\",\"status\":503,\"detail\":\"" + DETAIL + "\"}");
        } else {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }
}
