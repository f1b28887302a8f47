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

/**
 * Turns errors of the REST API into RFC 9457 problem details. Input errors name each field in an
 * {@code errors} array; nothing the user sends ever answers with a 500.
 */
@RestControllerAdvice(annotations = RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

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
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Ogiltig begäran",
                "Begäran kunde inte läsas: kontrollera att den är giltig JSON med rätt fält och typer.",
                "unreadable-request", null));
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
