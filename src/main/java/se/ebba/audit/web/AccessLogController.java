package se.ebba.audit.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.ebba.audit.AccessEvent;
import se.ebba.audit.AccessLog;
import se.ebba.audit.AccessLog.AccessLogQuery;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.CurrentUsers;
import se.ebba.identity.domain.Role;
import se.ebba.shared.ForbiddenException;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.InvalidInputException.FieldError;
import se.ebba.shared.web.FormDates;
import se.ebba.shared.web.FormErrors;

/**
 * The review of the access log of the user's own units: the unit manager's, and the auditor's (who
 * reads nothing else until audits with samples exist).
 */
@Controller
class AccessLogController {

    static final int LIMIT = 500;

    private final AccessLog accessLog;
    private final CurrentUsers currentUsers;

    AccessLogController(AccessLog accessLog, CurrentUsers currentUsers) {
        this.accessLog = accessLog;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/atkomstlogg")
    String review(@RequestParam(name = "anvandare", defaultValue = "") String username,
                  @RequestParam(name = "arende", defaultValue = "") String caseNumber,
                  @RequestParam(name = "fran", defaultValue = "") String from,
                  @RequestParam(name = "till", defaultValue = "") String to,
                  @RequestParam(name = "utanfor", defaultValue = "false") boolean outside, Model model) {
        CurrentUser me = currentUsers.current();
        if (!me.has(Role.UNIT_MANAGER) && !me.has(Role.AUDITOR)) {
            accessLog.recordDenied(me, AccessEvent.refusedPage("GET", "/atkomstlogg"));
            throw new ForbiddenException("Bara enhetschefen och revisorn granskar åtkomstloggen.");
        }
        List<FieldError> errors = new ArrayList<>();
        LocalDate fromDate = date(from, "fran", errors);
        LocalDate toDate = date(to, "till", errors);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            errors.add(new FieldError("till", "Slutdatumet kan inte vara före startdatumet."));
        }
        if (!caseNumber.isBlank() && !caseNumber.strip().toUpperCase().matches("EB-\\d{4}-\\d{6}")) {
            errors.add(new FieldError("arende", "Ärendenumret skrivs som EB-ÅÅÅÅ-NNNNNN."));
        }
        model.addAttribute("filter", new Filter(username, caseNumber, from, to, outside));
        model.addAttribute("limit", LIMIT);
        if (!errors.isEmpty()) {
            model.addAttribute("errors", FormErrors.of(new InvalidInputException(errors)));
            model.addAttribute("entries", List.of());
            return "audit/access-log";
        }
        model.addAttribute("errors", FormErrors.none());
        model.addAttribute("entries", accessLog.search(new AccessLogQuery(me.units(), username, caseNumber, fromDate, toDate, outside, LIMIT)));
        return "audit/access-log";
    }

    private static LocalDate date(String text, String field, List<FieldError> errors) {
        try {
            return FormDates.parse(text, field);
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    record Filter(String username, String caseNumber, String from, String to, boolean onlyOutsideOwnCaseload) {
    }
}
