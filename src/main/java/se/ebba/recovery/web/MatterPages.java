package se.ebba.recovery.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import se.ebba.casefile.domain.CaseAccessPolicy;
import se.ebba.casefile.domain.CaseContent;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.CurrentUser;
import se.ebba.recovery.Recoveries;
import se.ebba.recovery.Recoveries.MatterPage;
import se.ebba.recovery.RecoveryDecisions;
import se.ebba.recovery.domain.IncorrectPaymentId;
import se.ebba.recovery.domain.RecoveryGround;
import se.ebba.recovery.domain.RecoveryMatter;
import se.ebba.recovery.web.RecoveryForms.CloseForm;
import se.ebba.recovery.web.RecoveryForms.DecisionForm;
import se.ebba.recovery.web.RecoveryForms.HandOverForm;
import se.ebba.recovery.web.RecoveryForms.NoteForm;
import se.ebba.recovery.web.RecoveryForms.PlanForm;
import se.ebba.recovery.web.RecoveryForms.PoliceForm;
import se.ebba.recovery.web.RecoveryForms.RepaymentForm;
import se.ebba.recovery.web.RecoveryForms.WaiverForm;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.InvalidInputException.FieldError;
import se.ebba.shared.web.FormErrors;

/**
 * Renders a recovery matter's page with its forms. A form sent back with errors is shown as typed;
 * its errors are named "form-field" so that the error summary links to the right one of the page's forms.
 */
@Component
class MatterPages {

    private final Recoveries recoveries;
    private final RecoveryDecisions decisions;

    MatterPages(Recoveries recoveries, RecoveryDecisions decisions) {
        this.recoveries = recoveries;
        this.decisions = decisions;
    }

    String render(UUID caseId, UUID matterId, CurrentUser me, Object sentForm, String formName, InvalidInputException e, Model model) {
        MatterPage page = recoveries.matter(new CaseId(caseId), new IncorrectPaymentId(matterId), me);
        RecoveryMatter m = page.matter();
        LocalDate today = page.today();
        model.addAttribute("page", page);
        model.addAttribute("m", m);
        model.addAttribute("canChange", CaseAccessPolicy.mayChange(me.roles(), CaseContent.RECOVERY));
        model.addAttribute("mayDecide", decisions.mayDecide(page.caseDetails().unit().id(), me));
        model.addAttribute("grounds", Arrays.asList(RecoveryGround.values()));
        model.addAttribute("handOver", new HandOverForm("", ""));
        model.addAttribute("note", new NoteForm("NOTE", ""));
        model.addAttribute("decision", new DecisionForm(today.toString(), "", "", String.valueOf(m.payment().amount()),
                m.payment().firstMonth().toString(), m.payment().lastMonth().toString(), ""));
        model.addAttribute("plan", new PlanForm("", YearMonth.from(today).plusMonths(1).toString(), today.toString()));
        model.addAttribute("repayment", new RepaymentForm(today.toString(), ""));
        model.addAttribute("waiver", new WaiverForm(today.toString(), "", ""));
        model.addAttribute("police", m.policeReport().map(p -> new PoliceForm(p.onDate().toString(), p.personName(),
                p.reference() == null ? "" : p.reference())).orElse(new PoliceForm(today.toString(), "", "")));
        model.addAttribute("closing", new CloseForm(""));
        if (sentForm != null) {
            model.addAttribute(formName, sentForm);
        }
        model.addAttribute("errors", e == null ? FormErrors.none()
                : FormErrors.of(new InvalidInputException(e.errors().stream().map(f -> new FieldError(formName + "-" + f.field(), f.message())).toList())));
        return "recovery/matter";
    }
}
