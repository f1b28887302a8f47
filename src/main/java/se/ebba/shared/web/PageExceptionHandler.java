package se.ebba.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.ui.Model;
import java.util.List;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import se.ebba.shared.ConcurrentEditException;
import se.ebba.shared.ForbiddenException;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.InvalidInputException.FieldError;
import se.ebba.shared.NotFoundException;

/** Swedish error pages for the server-rendered UI; never a stack trace, never a 500 for bad input. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    /** A path variable that is no id is a page that does not exist; any other bad parameter is bad input. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String typeMismatch(MethodArgumentTypeMismatchException e, Model model, HttpServletResponse response) {
        if (e.getParameter().hasParameterAnnotation(PathVariable.class)) {
            return notFound(e, model, response);
        }
        return invalid(new InvalidInputException(e.getName(), "Ogiltigt värde."), model, response);
    }

    /** A form object whose fields could not be bound (a number where text was expected and the like). */
    @ExceptionHandler(BindException.class)
    String bind(BindException e, Model model, HttpServletResponse response) {
        List<FieldError> errors = e.getFieldErrors().stream()
                .map(f -> new FieldError(f.getField(), "Ogiltigt värde.")).toList();
        return invalid(new InvalidInputException(errors.isEmpty() ? List.of(new FieldError("", "Ogiltiga uppgifter.")) : errors),
                model, response);
    }

    @ExceptionHandler({NotFoundException.class, NoResourceFoundException.class})
    String notFound(Exception e, Model model, HttpServletResponse response) {
        response.setStatus(404);
        model.addAttribute("heading", "Sidan eller ärendet finns inte");
        model.addAttribute("message", e instanceof NotFoundException ? e.getMessage()
                : "Kontrollera adressen. Ärenden som tillhör andra enheter visas inte.");
        return "error/problem";
    }

    @ExceptionHandler(ForbiddenException.class)
    String forbidden(ForbiddenException e, Model model, HttpServletResponse response) {
        response.setStatus(403);
        model.addAttribute("heading", "Du har inte behörighet");
        model.addAttribute("message", e.getMessage());
        return "error/problem";
    }

    @ExceptionHandler(ConcurrentEditException.class)
    String conflict(ConcurrentEditException e, Model model, HttpServletResponse response) {
        response.setStatus(409);
        model.addAttribute("heading", "Ändrat av någon annan");
        model.addAttribute("message", e.getMessage());
        return "error/problem";
    }

    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessResourceException.class,
            CannotCreateTransactionException.class})
    String databaseUnavailable(Exception e, Model model, HttpServletResponse response) {
        response.setStatus(503);
        response.setHeader("Retry-After", ServiceUnavailable.RETRY_AFTER);
        return "error/503";
    }

    @ExceptionHandler({InvalidInputException.class, MissingServletRequestParameterException.class})
    String invalid(Exception e, Model model, HttpServletResponse response) {
        response.setStatus(400);
        model.addAttribute("heading", "Uppgifterna kunde inte sparas");
        model.addAttribute("message", e instanceof InvalidInputException ? e.getMessage() : "Ett obligatoriskt fält saknas.");
        model.addAttribute("errors", e instanceof InvalidInputException invalid ? invalid.errors()
                : List.of(new FieldError(((MissingServletRequestParameterException) e).getParameterName(), "Ett obligatoriskt fält saknas.")));
        return "error/problem";
    }
}
