package se.ebba.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import se.ebba.shared.ConcurrentEditException;
import se.ebba.shared.ForbiddenException;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.MissingDataException;
import se.ebba.shared.NotFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns errors of the REST API into RFC 9457 problem details. Input errors name each field in an
 * {@code errors} array; nothing the user sends ever answers with a 500.
 */
@RestControllerAdvice(annotations = RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e) {
        if (e instanceof MissingDataException) {
            return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Uppgifter saknas i Ebba", e.getMessage(), "missing-data",
                    e.errors().stream().map(f -> Map.of("field", f.field(), "message", f.message())).toList());
        }
        return problem(HttpStatus.BAD_REQUEST, "Ogiltiga uppgifter", e.getMessage(), "invalid-input",
                e.errors().stream().map(f -> Map.of("field", f.field(), "message", f.message())).toList());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Hittades inte", e.getMessage(), "not-found", null);
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException e) {
        return problem(HttpStatus.FORBIDDEN, "Inte tillåtet", e.getMessage(), "forbidden", null);
    }

    @ExceptionHandler(ConcurrentEditException.class)
    ProblemDetail conflict(ConcurrentEditException e) {
        return problem(HttpStatus.CONFLICT, "Ändrat av någon annan", e.getMessage(), "concurrent-edit", null);
    }

    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessResourceException.class,
            CannotCreateTransactionException.class})
    ResponseEntity<ProblemDetail> databaseUnavailable(Exception e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", ServiceUnavailable.RETRY_AFTER)
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, ServiceUnavailable.TITLE, ServiceUnavailable.DETAIL,
                        "service-unavailable", null));
    }

    /** A defect, not bad input: logged with its stack trace, answered in Swedish without details. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) throws Exception {
        if (e instanceof org.springframework.web.ErrorResponse || e instanceof org.springframework.security.access.AccessDeniedException
                || e instanceof org.springframework.security.core.AuthenticationException) {
            throw e;
        }
        if (ServiceUnavailable.isCause(e)) {
            // the same test as DatabaseUnavailableFilter: a database failure wrapped in another exception is still a 503
            return databaseUnavailable(e);
        }
        LOG.error("Unexpected error in the API", e);
        return ResponseEntity.internalServerError().body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "Tekniskt fel",
                "Ett tekniskt fel inträffade. Kontrollera om det du skickade sparades innan du försöker igen.", "server-error", null));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "Ogiltiga uppgifter", "Ogiltigt värde för " + e.getName(),
                "invalid-input", List.of(Map.of("field", e.getName(), "message", "Ogiltigt värde")));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(),
                        "message", f.getDefaultMessage() == null ? "Ogiltigt värde" : f.getDefaultMessage()))
                .toList();
        String detail = errors.isEmpty() ? "Ogiltiga uppgifter" : errors.getFirst().get("field") + ": " + errors.getFirst().get("message");
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Ogiltiga uppgifter", detail, "invalid-input", errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = ex.getMostSpecificCause();
        if (cause instanceof JacksonException json && !(cause instanceof StreamReadException)) {
            String field = fieldPath(json);
            String message = jsonMessage(json);
            return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Ogiltiga uppgifter",
                    (field.isEmpty() ? "" : field + ": ") + message, "invalid-input", List.of(Map.of("field", field, "message", message))));
        }
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Ogiltig begäran",
                "Begäran kunde inte läsas: kontrollera att den är giltig JSON med rätt fält och typer.",
                "unreadable-request", List.of(Map.of("field", "", "message", "Begäran är inte giltig JSON."))));
    }

    /** Every other error Spring MVC raises itself (wrong method, media type, missing parameter …) in Swedish. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail existing && existing.getType() != null
                && existing.getType().toString().startsWith("https://ebba.example/")) {
            return ResponseEntity.status(statusCode).headers(headers).body(existing);
        }
        HttpStatus status = HttpStatus.resolve(statusCode.value());
        String title = switch (statusCode.value()) {
            case 404 -> "Hittades inte";
            case 405 -> "Metoden stöds inte";
            case 406 -> "Svarsformatet stöds inte";
            case 413 -> "Begäran är för stor";
            case 415 -> "Formatet stöds inte";
            case 503 -> "Tjänsten är tillfälligt otillgänglig";
            default -> statusCode.is4xxClientError() ? "Ogiltig begäran" : "Tekniskt fel";
        };
        String detail = switch (statusCode.value()) {
            case 404 -> "Det finns ingen sådan resurs.";
            case 405 -> "Anropet använder en HTTP-metod som resursen inte stöder.";
            case 406 -> "Resursen kan inte svara i det format som begärdes.";
            case 413 -> "Begäran är större än vad Ebba tar emot.";
            case 415 -> "Skicka JSON (Content-Type: application/json).";
            default -> statusCode.is4xxClientError() ? "Begäran är ogiltig." : "Ett tekniskt fel inträffade. Försök igen senare.";
        };
        Object errors = null;
        if (ex instanceof org.springframework.web.bind.MissingServletRequestParameterException missing) {
            detail = "Parametern " + missing.getParameterName() + " saknas.";
            errors = List.of(Map.of("field", missing.getParameterName(), "message", "Ange ett värde."));
        } else if (ex instanceof org.springframework.beans.TypeMismatchException mismatch && mismatch.getPropertyName() != null) {
            detail = "Ogiltigt värde för " + mismatch.getPropertyName() + ".";
            errors = List.of(Map.of("field", mismatch.getPropertyName(), "message", "Ogiltigt värde"));
        }
        return ResponseEntity.status(statusCode).headers(headers).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(status == null ? HttpStatus.BAD_REQUEST : status, title, detail,
                        statusCode.is4xxClientError() ? "invalid-request" : "server-error", errors));
    }

    /** The JSON path of a binding error as the request wrote it: {@code applicant.firstName}, {@code costs[2].amount}. */
    static String fieldPath(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String jsonMessage(JacksonException e) {
        if (e instanceof StrictJson.RefusedValue) {
            return e.getOriginalMessage();
        }
        if (e instanceof UnrecognizedPropertyException) {
            return "Okänt fält.";
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            Class<?> type = mismatch.getTargetType();
            if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
                return "Ska vara ett heltal inom tillåtna gränser.";
            }
            if (type == boolean.class || type == Boolean.class) {
                return "Ska vara true eller false.";
            }
            if (type.isEnum()) {
                return "Okänt värde. Tillåtna: " + java.util.Arrays.toString(type.getEnumConstants()) + ".";
            }
            if (java.util.Collection.class.isAssignableFrom(type)) {
                return "Ska vara en lista.";
            }
            if (type == java.util.UUID.class) {
                return "Ska vara ett id (UUID).";
            }
            return "Fel typ av värde.";
        }
        return "Ogiltigt värde.";
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail, String type, Object errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("https://ebba.example/problems/" + type));
        if (errors != null) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }
}
