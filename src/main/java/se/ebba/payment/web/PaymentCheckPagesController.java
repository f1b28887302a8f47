package se.ebba.payment.web;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.CurrentUsers;
import se.ebba.payment.PaymentChecks;
import se.ebba.payment.domain.PaymentId;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.web.FormErrors;

/** Attestera utbetalningar: the cashier's list of proposed payments, verify or reject with a reason. */
@Controller
class PaymentCheckPagesController {

    private final PaymentChecks checks;
    private final CurrentUsers currentUsers;

    PaymentCheckPagesController(PaymentChecks checks, CurrentUsers currentUsers) {
        this.checks = checks;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/utbetalningar/attestera")
    String page(Model model) {
        return render(null, FormErrors.none(), "", model);
    }

    @PostMapping("/utbetalningar/{id}/attestera")
    String verify(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        checks.verify(new PaymentId(id), version, currentUsers.current());
        redirect.addFlashAttribute("saved", "Utbetalningen är attesterad och går med i nästa utbetalningskörning.");
        return "redirect:/utbetalningar/attestera";
    }

    @PostMapping("/utbetalningar/attestera-markerade")
    String verifyMarked(@ModelAttribute BulkVerifyForm form, Model model, RedirectAttributes redirect) {
        PaymentChecks.Verifications done;
        try {
            done = checks.verifyAll(form.verifications(), currentUsers.current());
        } catch (InvalidInputException e) {
            return render(null, FormErrors.of(e), "", model);
        }
        StringBuilder message = new StringBuilder(done.verified().size() == 1 ? "1 utbetalning är attesterad"
                : done.verified().size() + " utbetalningar är attesterade").append(" och går med i nästa utbetalningskörning.");
        done.refused().forEach(r -> message.append(' ').append(r.what()).append(" attesterades inte: ").append(r.reason())
                .append(r.reason().endsWith(".") ? "" : "."));
        redirect.addFlashAttribute("saved", message.toString());
        return "redirect:/utbetalningar/attestera";
    }

    @PostMapping("/utbetalningar/{id}/avvisa")
    String reject(@PathVariable UUID id, @RequestParam long version, @RequestParam(defaultValue = "") String reason, Model model,
                  RedirectAttributes redirect) {
        try {
            checks.reject(new PaymentId(id), version, reason, currentUsers.current());
        } catch (InvalidInputException e) {
            return render(id, FormErrors.of(e), reason, model);
        }
        redirect.addFlashAttribute("saved", "Utbetalningen är avvisad och går tillbaka till ekonomihandläggaren med ditt skäl.");
        return "redirect:/utbetalningar/attestera";
    }

    private String render(UUID failed, FormErrors errors, String reason, Model model) {
        CurrentUser me = currentUsers.current();
        model.addAttribute("rows", checks.toVerify(me));
        model.addAttribute("waiting", checks.waitingCount(me));
        model.addAttribute("failed", failed);
        model.addAttribute("errors", errors);
        model.addAttribute("reason", reason);
        return "payment/verify";
    }
}
