package se.ebba.recovery.web;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.CurrentUsers;
import se.ebba.identity.domain.UserId;
import se.ebba.recovery.Recoveries;
import se.ebba.recovery.RecoveryDecisions;
import se.ebba.recovery.domain.IncorrectPaymentId;
import se.ebba.recovery.web.RecoveryForms.CloseForm;
import se.ebba.recovery.web.RecoveryForms.DecisionForm;
import se.ebba.recovery.web.RecoveryForms.HandOverForm;
import se.ebba.recovery.web.RecoveryForms.NoteForm;
import se.ebba.recovery.web.RecoveryForms.PlanForm;
import se.ebba.recovery.web.RecoveryForms.PoliceForm;
import se.ebba.recovery.web.RecoveryForms.RepaymentForm;
import se.ebba.recovery.web.RecoveryForms.WaiverForm;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.web.FormDates;

/** The forms of a recovery matter's page: each records one step and returns to the page, or shows the page again with the errors. */
@Controller
class RecoveryStepsController {

    private final Recoveries recoveries;
    private final RecoveryDecisions decisions;
    private final MatterPages pages;
    private final CurrentUsers currentUsers;

    RecoveryStepsController(Recoveries recoveries, RecoveryDecisions decisions, MatterPages pages, CurrentUsers currentUsers) {
        this.recoveries = recoveries;
        this.decisions = decisions;
        this.pages = pages;
        this.currentUsers = currentUsers;
    }

    @PostMapping("/arenden/{id}/aterkrav/{matter}/fut")
    String handOver(@PathVariable UUID id, @PathVariable UUID matter, @ModelAttribute("handOver") HandOverForm form, Model model,
                    RedirectAttributes redirect) {
        return step(id, matter, form, "handOver", model, redirect, "Ärendet är lämnat till FUT.", me -> {
            UUID fut;
            try {
                fut = UUID.fromString(form.investigator() == null ? "" : form.investigator().strip());
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("investigator", "Välj en FUT-utredare på enheten.");
            }
            recoveries.handTo(new CaseId(id), new IncorrectPaymentId(matter), new UserId(fut), form.why(), me);
        });
    }

    @PostMapping("/arenden/{id}/aterkrav/{matter}/anteckning")
    String note(@PathVariable UUID id, @PathVariable UUID matter, @ModelAttribute("note") NoteForm form, Model model, RedirectAttributes redirect) {
        boolean proposal = "PROPOSAL".equals(form.kind());
        return step(id, matter, form, "note", model, redirect, proposal ? "Förslaget är sparat." : "Anteckningen är sparad.",
                me -> recoveries.note(new CaseId(id), new IncorrectPaymentId(matter), proposal, form.text(), me));
    }

    @PostMapping("/arenden/{id}/aterkrav/{matter}/beslut")
    String decide(@PathVariable UUID id, @PathVariable UUID matter, @ModelAttribute("decision") DecisionForm form, Model model,
                  RedirectAttributes redirect) {
        return step(id, matter, form, "decision", model, redirect, "Beslutet om återkrav är fattat.",
                me -> decisions.decide(new CaseId(id), new IncorrectPaymentId(matter), form.toDraft(), me));
    }

    @PostMapping("/arenden/{id}/aterkrav/{matter}/plan")
    String plan(@PathVariable UUID id, @PathVariable UUID matter, @ModelAttribute("plan") PlanForm form, Model model, RedirectAttributes redirect) {
        return step(id, matter, form, "plan", model, redirect, "Avbetalningsplanen är sparad.",
                me -> recoveries.agreePlan(new CaseId(id), new IncorrectPaymentId(matter), RecoveryForms.kronor(form.monthlyAmount(), "monthlyAmount"),
                        RecoveryForms.monthOf(form.startMonth(), "startMonth"), FormDates.parse(form.agreedOn(), "agreedOn"), me));
    }

    @PostMapping("/arenden/{id}/aterkrav/{matter}/aterbetalning")
    String repay(@PathVariable UUID id, @PathVariable UUID matter, @ModelAttribute("repayment") RepaymentForm form, Model model,
                 RedirectAttributes redirect) {
        return step(id, matter, form, "repayment", model, redirect, "Återbetalningen är registrerad.",
                me -> recoveries.repay(new CaseId(id), new IncorrectPaymentId(matter), FormDates.parse(form.paidOn(), "paidOn"),
                        RecoveryForms.kronor(form.amount(), "amount"), me));
    }

    @PostMapping("/arenden/{id}/aterkrav/{matter}/eftergift")
    String waive(@PathVariable UUID id, @PathVariable UUID matter, @ModelAttribute("waiver") WaiverForm form, Model model,
                 RedirectAttributes redirect) {
        return step(id, matter, form, "waiver", model, redirect, "Beslutet om eftergift är fattat.",
                me -> decisions.waive(new CaseId(id), new IncorrectPaymentId(matter), FormDates.parse(form.decisionDate(), "decisionDate"),
                        RecoveryForms.kronor(form.amount(), "amount"), form.reasons(), me));
    }

    @PostMapping("/arenden/{id}/aterkrav/{matter}/polisanmalan")
    String police(@PathVariable UUID id, @PathVariable UUID matter, @ModelAttribute("police") PoliceForm form, Model model,
                  RedirectAttributes redirect) {
        return step(id, matter, form, "police", model, redirect, "Polisanmälan är registrerad.",
                me -> recoveries.reportToPolice(new CaseId(id), new IncorrectPaymentId(matter), FormDates.parse(form.reportedOn(), "reportedOn"),
                        form.decidedBy(), form.policeReference(), me));
    }

    @PostMapping("/arenden/{id}/aterkrav/{matter}/avslut")
    String close(@PathVariable UUID id, @PathVariable UUID matter, @ModelAttribute("closing") CloseForm form, Model model,
                 RedirectAttributes redirect) {
        return step(id, matter, form, "closing", model, redirect, "Återkravsärendet är avslutat.",
                me -> recoveries.close(new CaseId(id), new IncorrectPaymentId(matter), form.closeReasons(), me));
    }

    /** What a form does for the user. */
    interface Action {
        void run(CurrentUser me);
    }

    private String step(UUID id, UUID matter, Object form, String formName, Model model, RedirectAttributes redirect, String saved, Action action) {
        CurrentUser me = currentUsers.current();
        try {
            action.run(me);
            redirect.addFlashAttribute("saved", saved);
            return "redirect:/arenden/" + id + "/aterkrav/" + matter;
        } catch (InvalidInputException e) {
            return pages.render(id, matter, me, form, formName, e, model);
        }
    }
}
