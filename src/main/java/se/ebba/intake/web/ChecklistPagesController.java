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
import se.ebba.intake.ApplicationChecklists;
import se.ebba.intake.ChecklistStatus;
import se.ebba.intake.domain.DocumentRequest;
import se.ebba.intake.web.IntakeDocumentForms.MarkForm;
import se.ebba.intake.web.IntakeDocumentForms.RequestForm;
import se.ebba.intake.web.IntakeDocumentForms.StatementForm;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.InvalidInputException.FieldError;
import se.ebba.shared.web.FormErrors;
import se.ebba.shared.web.FormValues;

/** Ansökningskontroll: mark the checklist, request what is missing, record bank statements per account. */
@Controller
class ChecklistPagesController {

    private final ApplicationChecklists checklists;
    private final CurrentUsers currentUsers;

    ChecklistPagesController(ApplicationChecklists checklists, CurrentUsers currentUsers) {
        this.checklists = checklists;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/arenden/{id}/ansokningskontroll")
    String page(@PathVariable UUID id, Model model) {
        return render(id, FormErrors.none(), null, null, model);
    }

    @PostMapping("/arenden/{id}/ansokningskontroll/markering")
    String mark(@PathVariable UUID id, @ModelAttribute MarkForm form, Model model, RedirectAttributes redirect) {
        try {
            checklists.mark(new CaseId(id), IntakeDocumentForms.text(form.item()).strip(), FormValues.choice(ChecklistStatus.class, form.status()),
                    form.note(), currentUsers.current());
            redirect.addFlashAttribute("saved", "Kontrollpunkten är markerad.");
            return "redirect:/arenden/" + id + "/ansokningskontroll#kontroll";
        } catch (InvalidInputException e) {
            // Each item has its own form: the messages point at that item's fields (codes are capitals, digits and _).
            String code = IntakeDocumentForms.text(form.item()).strip();
            String suffix = code.matches("[A-Z0-9_]{1,40}") ? "-" + code : "";
            return render(id, FormErrors.of(new InvalidInputException(e.errors().stream()
                    .map(f -> new FieldError(f.field() + suffix, f.message())).toList())), null, null, model);
        }
    }

    @PostMapping("/arenden/{id}/ansokningskontroll/begaran")
    String request(@PathVariable UUID id, @ModelAttribute RequestForm form, Model model, RedirectAttributes redirect) {
        try {
            List<FieldError> errors = new ArrayList<>();
            LocalDate due = IntakeDocumentForms.date(form.dueOn(), "dueOn", errors);
            IntakeDocumentForms.throwIfAny(errors);
            DocumentRequest request = checklists.requestDocuments(new CaseId(id), due, form.note(), currentUsers.current());
            redirect.addFlashAttribute("saved", "Begäran om komplettering är registrerad med sista dag " + request.dueOn() + ".");
            return "redirect:/arenden/" + id + "/ansokningskontroll#komplettering";
        } catch (InvalidInputException e) {
            return render(id, FormErrors.of(e), form, null, model);
        }
    }

    @PostMapping("/arenden/{id}/ansokningskontroll/kontoutdrag")
    String statement(@PathVariable UUID id, @ModelAttribute StatementForm form, Model model, RedirectAttributes redirect) {
        try {
            List<FieldError> errors = new ArrayList<>();
            LocalDate from = IntakeDocumentForms.date(form.from(), "from", errors);
            LocalDate to = IntakeDocumentForms.date(form.to(), "to", errors);
            IntakeDocumentForms.throwIfAny(errors);
            checklists.recordStatement(new CaseId(id), form.account(), from, to, currentUsers.current());
            redirect.addFlashAttribute("saved", "Kontoutdraget är registrerat.");
            return "redirect:/arenden/" + id + "/ansokningskontroll#kontoutdrag";
        } catch (InvalidInputException e) {
            return render(id, FormErrors.of(e), null, form, model);
        }
    }

    private String render(UUID id, FormErrors errors, RequestForm request, StatementForm statement, Model model) {
        ApplicationChecklists.ChecklistPage page = checklists.page(new CaseId(id), currentUsers.current());
        model.addAttribute("page", page);
        model.addAttribute("statuses", ChecklistStatus.values());
        model.addAttribute("request", request == null ? new RequestForm(page.today().plusDays(14).toString(), "") : request);
        model.addAttribute("statement", statement == null ? StatementForm.empty() : statement);
        model.addAttribute("canChange", CaseAccessPolicy.mayChange(currentUsers.current().roles(), CaseContent.INTAKE_DOCUMENTS));
        model.addAttribute("errors", errors);
        return "intake/checklist";
    }
}
