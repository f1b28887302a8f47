package se.ebba.payment.web;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.ebba.payment.PaymentFollowUp;
import se.ebba.payment.PaymentFollowUp.Item;
import se.ebba.payment.PaymentFollowUp.ToReissue;
import se.ebba.payment.PaymentFollowUp.Waiting;
import se.ebba.payment.domain.Attention;
import se.ebba.payment.domain.PaymentId;
import se.ebba.identity.CurrentUsers;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.web.FormErrors;

/** Utbetalningar att åtgärda: the payment officer's rejected and returned payments, and amounts not yet paid. */
@Controller
class PaymentFollowUpPagesController {

    private final PaymentFollowUp followUp;
    private final CurrentUsers currentUsers;

    PaymentFollowUpPagesController(PaymentFollowUp followUp, CurrentUsers currentUsers) {
        this.followUp = followUp;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/utbetalningar/att-atgarda")
    String page(Model model) {
        return render(null, FormErrors.none(), model);
    }

    @PostMapping("/utbetalningar/{id}/utfarda-ny")
    String reissue(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
        try {
            followUp.reissue(new PaymentId(id), currentUsers.current());
        } catch (InvalidInputException e) {
            return render(id, FormErrors.of(e), model);
        }
        redirect.addFlashAttribute("saved", "En ny utbetalning är föreslagen och väntar på kassans attest.");
        return "redirect:/utbetalningar/att-atgarda";
    }

    @PostMapping("/utbetalningar/poster/{id}/overlamna")
    String handOver(@PathVariable UUID id, @RequestParam(defaultValue = "") String note, Model model, RedirectAttributes redirect) {
        try {
            followUp.handOver(id, note, currentUsers.current());
        } catch (InvalidInputException e) {
            return render(id, FormErrors.of(e), model);
        }
        redirect.addFlashAttribute("saved", "Posten är markerad som överlämnad.");
        return "redirect:/utbetalningar/att-atgarda";
    }

    private String render(UUID failed, FormErrors errors, Model model) {
        List<Item> items = followUp.toHandle(currentUsers.current());
        model.addAttribute("toReissue", items.stream().filter(ToReissue.class::isInstance).map(ToReissue.class::cast).toList());
        List<Waiting> waiting = items.stream().filter(Waiting.class::isInstance).map(Waiting.class::cast).toList();
        model.addAttribute("missingAccount", waiting.stream().filter(w -> w.attention().kind() == Attention.Kind.ACCOUNT_MISSING).toList());
        model.addAttribute("overpaid", waiting.stream().filter(w -> w.attention().kind() == Attention.Kind.POSSIBLE_OVERPAYMENT).toList());
        model.addAttribute("failed", failed);
        model.addAttribute("errors", errors);
        return "payment/follow-up";
    }
}
