package se.ebba.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Errors raised before a controller is chosen (no such path, wrong method, wrong media type) for
 * the API: RFC 9457 problem details in Swedish rather than Spring's English error JSON. For the
 * pages the exception goes on to the Swedish error pages.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiFallbackExceptionHandler {

    @ExceptionHandler({HttpRequestMethodNotSupportedException.class, HttpMediaTypeNotSupportedException.class,
            HttpMediaTypeNotAcceptableException.class, NoResourceFoundException.class})
    ResponseEntity<ProblemDetail> beforeController(Exception e, HttpServletRequest request) throws Exception {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            throw e;
        }
        HttpStatus status;
        String title;
        String detail;
        if (e instanceof HttpRequestMethodNotSupportedException) {
            status = HttpStatus.METHOD_NOT_ALLOWED;
            title = "Metoden stöds inte";
            detail = "Anropet använder en HTTP-metod som resursen inte stöder.";
        } else if (e instanceof HttpMediaTypeNotSupportedException) {
            status = HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            title = "Formatet stöds inte";
            detail = "Skicka JSON (Content-Type: application/json).";
        } else if (e instanceof HttpMediaTypeNotAcceptableException) {
            status = HttpStatus.NOT_ACCEPTABLE;
            title = "Svarsformatet stöds inte";
            detail = "API:t svarar med JSON (Accept: application/json).";
        } else {
            status = HttpStatus.NOT_FOUND;
            title = "Hittades inte";
            detail = "Det finns ingen sådan resurs.";
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ApiExceptionHandler.problem(status, title, detail, "invalid-request", null));
    }
}
