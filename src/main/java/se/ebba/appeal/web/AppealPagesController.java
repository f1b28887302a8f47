package se.ebba.appeal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import se.ebba.appeal.Appeals;
import se.ebba.appeal.domain.AppealStepKind;
import se.ebba.appeal.domain.NotificationMethod;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.CurrentUsers;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.web.FormDates;
import se.ebba.shared.web.FormErrors;
import se.ebba.shared.web.FormValues;

/**
 * The decision page with what follows the decision: its letter, the day the applicant received it
 * (with the last day to appeal), and appeals with their steps.
 */
@Controller
class AppealPagesController {

    private final Appeals appeals;
    private final CurrentUsers currentUsers;
    private final RenderedLetters letters;
    private final Clock clock;

    AppealPagesController(Appeals appeals, CurrentUsers currentUsers, RenderedLetters letters, Clock clock) {
        this.appeals = appeals;
        this.currentUsers = currentUsers;
        this.letters = letters;
        this.clock = clock;
    }

    @GetMapping("/arenden/{id}/beslut/{decision}")
    String decision(@PathVariable UUID id, @PathVariable UUID decision, Model model) {
        return decisionPage(id, decision, model, DecisionPageForm.empty(), FormErrors.none());
    }

    private String decisionPage(UUID id, UUID decision, Model model, DecisionPageForm form, FormErrors errors) {
        Appeals.AppealPage page = appeals.page(new CaseId(id), decision, currentUsers.current());
        model.addAttribute("d", page);
        model.addAttribute("c", page.caseDetails());
        model.addAttribute("l", page.decisionPage().letter());
        model.addAttribute("letterHtml", letters.html(page.decisionPage().letter()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("methods", NotificationMethod.values());
        model.addAttribute("today", LocalDate.now(clock));
        return "decision/decision";
    }

    @PostMapping("/arenden/{id}/beslut/{decision}/delgivning")
    String notification(@PathVariable UUID id, @PathVariable UUID decision, @ModelAttribute("pageForm") DecisionPageForm form, Model model) {
        try {
            appeals.registerNotification(new CaseId(id), decision, FormDates.parse(form.notifiedOn(), "notifiedOn"),
                    FormValues.choice(NotificationMethod.class, form.method()), currentUsers.current());
            return "redirect:/arenden/" + id + "/beslut/" + decision + "#delgivning";
        } catch (InvalidInputException e) {
            return decisionPage(id, decision, model, form, FormErrors.of(e));
        }
    }

    @PostMapping("/arenden/{id}/beslut/{decision}/overklagande")
    String appeal(@PathVariable UUID id, @PathVariable UUID decision, @ModelAttribute("pageForm") DecisionPageForm form, Model model) {
        try {
            appeals.registerAppeal(new CaseId(id), decision, FormDates.parse(form.receivedOn(), "receivedOn"), form.summary(),
                    currentUsers.current());
            return "redirect:/arenden/" + id + "/beslut/" + decision + "#overklagande";
        } catch (InvalidInputException e) {
            return decisionPage(id, decision, model, form, FormErrors.of(e));
        }
    }

    @PostMapping("/arenden/{id}/beslut/{decision}/overklagande/{appeal}/steg")
    String appealStep(@PathVariable UUID id, @PathVariable UUID decision, @PathVariable UUID appeal, @ModelAttribute("pageForm") DecisionPageForm form,
                      Model model) {
        try {
            appeals.recordAppealStep(new CaseId(id), decision, appeal, FormValues.choice(AppealStepKind.class, form.step()),
                    FormDates.parse(form.date(), "date"), form.note(), currentUsers.current());
            return "redirect:/arenden/" + id + "/beslut/" + decision + "#overklagande";
        } catch (InvalidInputException e) {
            return decisionPage(id, decision, model, form, FormErrors.of(e));
        }
    }
}
