package se.ebba.payment.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.CurrentUsers;
import se.ebba.payment.CasePayments;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.web.FormErrors;

/** The case's payments and accounts (also loaded into the case page with htmx), and the account forms. */
@Controller
class CasePaymentsPagesController {

    private final CasePayments casePayments;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    CasePaymentsPagesController(CasePayments casePayments, CurrentUsers currentUsers, Clock clock) {
        this.casePayments = casePayments;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @GetMapping("/arenden/{id}/utbetalningar")
    String page(@PathVariable UUID id, Model model) {
        return render(id, "", AccountForm.empty(LocalDate.now(clock)), FormErrors.none(), model);
    }

    @PostMapping("/arenden/{id}/utbetalningar/konto")
    String applicantAccount(@PathVariable UUID id, @ModelAttribute AccountForm form, Model model, RedirectAttributes redirect) {
        try {
            casePayments.registerApplicantAccount(new CaseId(id), form.toNewAccount(), currentUsers.current());
        } catch (InvalidInputException e) {
            return render(id, "konto", form, FormErrors.of(e), model);
        }
        return saved(id, "Sökandens konto är registrerat. Beviljade belopp som väntade på konto har föreslagits för utbetalning.", redirect);
    }

    @PostMapping("/arenden/{id}/utbetalningar/hyresvard")
    String landlord(@PathVariable UUID id, @ModelAttribute AccountForm form, Model model, RedirectAttributes redirect) {
        try {
            casePayments.registerLandlord(new CaseId(id), form.toNewAccount(), currentUsers.current());
        } catch (InvalidInputException e) {
            return render(id, "hyresvard", form, FormErrors.of(e), model);
        }
        return saved(id, "Hyresvärden är registrerad: hyran betalas till hyresvärden från och med det angivna datumet.", redirect);
    }

    @PostMapping("/arenden/{id}/utbetalningar/hyresvard/upphor")
    String endRent(@PathVariable UUID id, @ModelAttribute AccountForm form, Model model, RedirectAttributes redirect) {
        try {
            casePayments.endRentToLandlord(new CaseId(id), form.toNewAccount().validFrom(), form.reason(), currentUsers.current());
        } catch (InvalidInputException e) {
            return render(id, "upphor", form, FormErrors.of(e), model);
        }
        return saved(id, "Hyran betalas inte längre till hyresvärden från och med det angivna datumet.", redirect);
    }

    private static String saved(UUID id, String message, RedirectAttributes redirect) {
        redirect.addFlashAttribute("saved", message);
        return "redirect:/arenden/" + id + "/utbetalningar";
    }

    private String render(UUID id, String failedForm, AccountForm form, FormErrors errors, Model model) {
        model.addAttribute("view", casePayments.view(new CaseId(id), currentUsers.current()));
        model.addAttribute("failedForm", failedForm);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "payment/case-payments";
    }
}
