package se.ebba.monthly.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.ebba.application.domain.ApplicationId;
import se.ebba.calculation.domain.CostType;
import se.ebba.calculation.domain.IncomeType;
import se.ebba.calculation.domain.MemberRole;
import se.ebba.casefile.domain.CaseAccessPolicy;
import se.ebba.casefile.domain.CaseContent;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.CurrentUsers;
import se.ebba.monthly.MonthlyApplications;
import se.ebba.monthly.MonthlyApplications.MonthPage;
import se.ebba.monthly.MonthlyApplications.MonthlyDraft;
import se.ebba.monthly.domain.MonthlyFacts;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.InvalidInputException.FieldError;
import se.ebba.shared.web.FormDates;
import se.ebba.shared.web.FormErrors;

/**
 * Månadsansökan: a case's application for a benefit month, entered from last month's; what is
 * missing, the request for it, and corrections.
 */
@Controller
class MonthlyPagesController {

    private final MonthlyApplications monthly;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    MonthlyPagesController(MonthlyApplications monthly, CurrentUsers currentUsers, Clock clock) {
        this.monthly = monthly;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /** The request form: the day it must be in by and a message. */
    record RequestForm(String dueOn, String note) {
    }

    @GetMapping("/arenden/{id}/manadsansokan")
    String page(@PathVariable UUID id, @RequestParam(name = "manad", required = false) String month, Model model) {
        return render(id, month(month), null, FormErrors.none(), null, model);
    }

    @PostMapping("/arenden/{id}/manadsansokan")
    String register(@PathVariable UUID id, @ModelAttribute MonthlyForm posted, Model model, RedirectAttributes redirect) {
        MonthlyForm form = posted.compact();
        YearMonth month = YearMonth.now(clock).plusMonths(1);
        try {
            month = form.benefitMonth();
            List<FieldError> errors = new ArrayList<>();
            LocalDate received = form.received(errors);
            MonthlyFacts facts = form.facts(month, errors);
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            MonthlyApplications.Current saved = monthly.register(new CaseId(id), new MonthlyDraft(month, received, facts), currentUsers.current());
            redirect.addFlashAttribute("saved", saved.completeness().complete() ? "Månadsansökan är registrerad och komplett."
                    : "Månadsansökan är registrerad men ofullständig. Begär in det som saknas.");
            return "redirect:/arenden/" + id + "/manadsansokan?manad=" + month;
        } catch (InvalidInputException e) {
            return render(id, month, form, FormErrors.of(e), null, model);
        }
    }

    @PostMapping("/arenden/{id}/manadsansokan/{applicationId}/rattelse")
    String correct(@PathVariable UUID id, @PathVariable UUID applicationId, @ModelAttribute MonthlyForm posted, Model model,
                   RedirectAttributes redirect) {
        MonthlyForm form = posted.compact();
        CaseId caseId = new CaseId(id);
        YearMonth month = monthly.monthOf(caseId, new ApplicationId(applicationId)).orElse(YearMonth.now(clock).plusMonths(1));
        try {
            List<FieldError> errors = new ArrayList<>();
            MonthlyFacts facts = form.facts(month, errors);
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            MonthlyApplications.Current saved = monthly.correct(caseId, new ApplicationId(applicationId), form.expectedVersion(), facts,
                    currentUsers.current());
            redirect.addFlashAttribute("saved", saved.completeness().complete() ? "Rättelsen är sparad. Ansökan är komplett."
                    : "Rättelsen är sparad. Ansökan är fortfarande ofullständig.");
            return "redirect:/arenden/" + id + "/manadsansokan?manad=" + month;
        } catch (InvalidInputException e) {
            return render(id, month, form, FormErrors.of(e), null, model);
        }
    }

    @PostMapping("/arenden/{id}/manadsansokan/{applicationId}/komplettering")
    String request(@PathVariable UUID id, @PathVariable UUID applicationId, @ModelAttribute RequestForm form, Model model,
                   RedirectAttributes redirect) {
        CaseId caseId = new CaseId(id);
        YearMonth month = monthly.monthOf(caseId, new ApplicationId(applicationId)).orElse(YearMonth.now(clock).plusMonths(1));
        try {
            LocalDate due = FormDates.parse(form.dueOn(), "dueOn");
            var request = monthly.requestDocuments(caseId, new ApplicationId(applicationId), due, form.note(), currentUsers.current());
            redirect.addFlashAttribute("saved", "Begäran om komplettering är registrerad med sista dag " + request.dueOn() + ".");
            return "redirect:/arenden/" + id + "/manadsansokan?manad=" + month + "#komplettering";
        } catch (InvalidInputException e) {
            return render(id, month, null, FormErrors.of(e), form, model);
        }
    }

    private String render(UUID id, YearMonth month, MonthlyForm form, FormErrors errors, RequestForm request, Model model) {
        CurrentUser user = currentUsers.current();
        MonthPage page = monthly.page(new CaseId(id), month, user);
        MonthlyForm shown = form != null ? form : page.current()
                .map(c -> MonthlyForm.of(month, c.version().receivedOn(), c.version().versionNo(), c.version().facts()))
                .orElseGet(() -> MonthlyForm.of(month, page.today(), 0, page.start().facts()));
        model.addAttribute("page", page);
        model.addAttribute("form", shown.withEmptyRows());
        model.addAttribute("errors", errors);
        model.addAttribute("request", request != null ? request
                : new RequestForm(page.window().requestDueOn(page.today()).toString(), ""));
        model.addAttribute("canChange", CaseAccessPolicy.mayChange(user.roles(), CaseContent.APPLICATION));
        model.addAttribute("roles", MemberRole.values());
        model.addAttribute("costTypes", CostType.values());
        model.addAttribute("incomeTypes", IncomeType.values());
        return "monthly/month";
    }

    private YearMonth month(String text) {
        try {
            return text == null || text.isBlank() ? YearMonth.now(clock).plusMonths(1) : FormDates.month(text);
        } catch (RuntimeException e) {
            return YearMonth.now(clock).plusMonths(1);
        }
    }
}
