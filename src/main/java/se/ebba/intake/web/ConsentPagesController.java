package se.ebba.intake.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.ebba.casefile.domain.CaseAccessPolicy;
import se.ebba.casefile.domain.CaseContent;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.CurrentUsers;
import se.ebba.intake.Consents;
import se.ebba.intake.HomeVisits;
import se.ebba.intake.domain.ConsentId;
import se.ebba.intake.ConsentScope;
import se.ebba.intake.web.IntakeDocumentForms.ConsentForm;
import se.ebba.intake.web.IntakeDocumentForms.HomeVisitForm;
import se.ebba.intake.web.IntakeDocumentForms.WithdrawalForm;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.InvalidInputException.FieldError;
import se.ebba.shared.web.FormErrors;
import se.ebba.shared.web.FormValues;

/** Samtycken: record and withdraw the applicant's consents, and record home visits made with one. */
@Controller
class ConsentPagesController {

    private final Consents consents;
    private final HomeVisits homeVisits;
    private final CurrentUsers currentUsers;

    ConsentPagesController(Consents consents, HomeVisits homeVisits, CurrentUsers currentUsers) {
        this.consents = consents;
        this.homeVisits = homeVisits;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/arenden/{id}/samtycken")
    String page(@PathVariable UUID id, Model model) {
        return render(id, FormErrors.none(), null, null, model);
    }

    @PostMapping("/arenden/{id}/samtycken")
    String record(@PathVariable UUID id, @ModelAttribute ConsentForm form, Model model, RedirectAttributes redirect) {
        try {
            List<FieldError> errors = new ArrayList<>();
            LocalDate given = IntakeDocumentForms.date(form.givenOn(), "givenOn", errors);
            LocalDate until = IntakeDocumentForms.date(form.validUntil(), "validUntil", errors);
            IntakeDocumentForms.throwIfAny(errors);
            consents.record(new CaseId(id), new Consents.NewConsent(FormValues.choice(ConsentScope.class, form.scope()), form.counterpart(),
                    given, until), currentUsers.current());
            redirect.addFlashAttribute("saved", "Samtycket är registrerat.");
            return "redirect:/arenden/" + id + "/samtycken";
        } catch (InvalidInputException e) {
            return render(id, FormErrors.of(e), form, null, model);
        }
    }

    @PostMapping("/arenden/{id}/samtycken/{consent}/aterkallelse")
    String withdraw(@PathVariable UUID id, @PathVariable UUID consent, @ModelAttribute WithdrawalForm form, Model model,
                    RedirectAttributes redirect) {
        try {
            List<FieldError> errors = new ArrayList<>();
            LocalDate on = IntakeDocumentForms.date(form.withdrawnOn(), "withdrawnOn", errors);
            IntakeDocumentForms.throwIfAny(errors);
            consents.withdraw(new CaseId(id), new ConsentId(consent), on, currentUsers.current());
            redirect.addFlashAttribute("saved", "Samtycket är registrerat som återkallat från " + on + ".");
            return "redirect:/arenden/" + id + "/samtycken";
        } catch (InvalidInputException e) {
            return render(id, FormErrors.of(new InvalidInputException(e.errors().stream()
                    .map(f -> new FieldError(f.field() + "-" + consent, f.message())).toList())), null, null, model);
        }
    }

    @PostMapping("/arenden/{id}/hembesok")
    String homeVisit(@PathVariable UUID id, @ModelAttribute HomeVisitForm form, Model model, RedirectAttributes redirect) {
        try {
            List<FieldError> errors = new ArrayList<>();
            LocalDate on = IntakeDocumentForms.date(form.visitOn(), "visitOn", errors);
            UUID consent = IntakeDocumentForms.id(form.consent(), "consent", "Välj samtycket i listan.", errors);
            IntakeDocumentForms.throwIfAny(errors);
            homeVisits.record(new CaseId(id), consent == null ? null : new ConsentId(consent), on, form.reason(), currentUsers.current());
            redirect.addFlashAttribute("saved", "Hembesöket är registrerat.");
            return "redirect:/arenden/" + id + "/samtycken#hembesok";
        } catch (InvalidInputException e) {
            return render(id, FormErrors.of(e), null, form, model);
        }
    }

    private String render(UUID id, FormErrors errors, ConsentForm consent, HomeVisitForm visit, Model model) {
        Consents.ConsentsPage page = consents.page(new CaseId(id), currentUsers.current());
        model.addAttribute("page", page);
        model.addAttribute("scopes", ConsentScope.values());
        model.addAttribute("consent", consent == null ? new ConsentForm("", "", page.today().toString(), "") : consent);
        model.addAttribute("visit", visit == null ? new HomeVisitForm("", page.today().toString(), "") : visit);
        model.addAttribute("canChange", CaseAccessPolicy.mayChange(currentUsers.current().roles(), CaseContent.INTAKE_DOCUMENTS));
        model.addAttribute("errors", errors);
        return "intake/consents";
    }
}
