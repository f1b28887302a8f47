package se.ebba.recovery.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
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
import se.ebba.identity.CurrentUser;
import se.ebba.identity.CurrentUsers;
import se.ebba.recovery.Recoveries;
import se.ebba.recovery.RecoveryRegister;
import se.ebba.recovery.domain.DiscoveryMethod;
import se.ebba.recovery.domain.IncorrectPaymentId;
import se.ebba.recovery.domain.PaymentCause;
import se.ebba.recovery.web.RecoveryForms.RegisterForm;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.web.FormErrors;

/** The case's incorrect payments (also loaded into the case page with htmx), the registration form, a matter's page and the register. */
@Controller
class RecoveryPagesController {

    private final Recoveries recoveries;
    private final RecoveryRegister register;
    private final MatterPages matterPages;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    RecoveryPagesController(Recoveries recoveries, RecoveryRegister register, MatterPages matterPages, CurrentUsers currentUsers, Clock clock) {
        this.clock = clock;
        this.recoveries = recoveries;
        this.register = register;
        this.matterPages = matterPages;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/arenden/{id}/aterkrav")
    String ofCase(@PathVariable UUID id, Model model) {
        CurrentUser me = currentUsers.current();
        model.addAttribute("recoveries", recoveries.ofCase(new CaseId(id), me));
        model.addAttribute("canChange", CaseAccessPolicy.mayChange(me.roles(), CaseContent.RECOVERY));
        return "recovery/case";
    }

    @GetMapping("/arenden/{id}/aterkrav/ny")
    String registerForm(@PathVariable UUID id, Model model) {
        CurrentUser me = currentUsers.current();
        return renderForm(id, RegisterForm.empty(me.displayName(), LocalDate.now(clock)), FormErrors.none(), model);
    }

    @PostMapping("/arenden/{id}/aterkrav")
    String registerPayment(@PathVariable UUID id, @ModelAttribute("form") RegisterForm form, Model model, RedirectAttributes redirect) {
        try {
            IncorrectPaymentId matter = recoveries.register(new CaseId(id), form.toReport(), currentUsers.current());
            redirect.addFlashAttribute("saved", "Den felaktiga utbetalningen är registrerad. Lämna den till FUT för utredning.");
            return "redirect:/arenden/" + id + "/aterkrav/" + matter.value();
        } catch (InvalidInputException e) {
            return renderForm(id, form, FormErrors.of(e), model);
        }
    }

    private String renderForm(UUID id, RegisterForm form, FormErrors errors, Model model) {
        CurrentUser me = currentUsers.current();
        // The form is shown to those who may register; reading the case's matters checks the case and logs the view.
        model.addAttribute("recoveries", recoveries.ofCase(new CaseId(id), me));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("causes", Arrays.asList(PaymentCause.values()));
        model.addAttribute("methods", Arrays.asList(DiscoveryMethod.values()));
        return "recovery/register-form";
    }

    @GetMapping("/arenden/{id}/aterkrav/{matter}")
    String matter(@PathVariable UUID id, @PathVariable UUID matter, Model model) {
        return matterPages.render(id, matter, currentUsers.current(), null, null, null, model);
    }

    @GetMapping("/aterkrav")
    String register(Model model) {
        model.addAttribute("register", register.show(currentUsers.current()));
        return "recovery/register";
    }
}
