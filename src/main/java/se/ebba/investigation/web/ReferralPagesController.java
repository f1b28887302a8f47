package se.ebba.investigation.web;

import jakarta.validation.constraints.Size;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.CurrentUsers;
import se.ebba.identity.domain.UserId;
import se.ebba.investigation.ReferralService;
import se.ebba.investigation.domain.Referral;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.web.FormErrors;

/** The referral page of a case (refer; the team lead reviews and assigns) and the team lead's queue of referrals. */
@Controller
class ReferralPagesController {

    private final ReferralService referrals;
    private final CurrentUsers currentUsers;

    ReferralPagesController(ReferralService referrals, CurrentUsers currentUsers) {
        this.referrals = referrals;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/arenden/{id}/remittering")
    String page(@PathVariable UUID id, Model model) {
        return render(id, "", FormErrors.none(), model);
    }

    @PostMapping("/arenden/{id}/remittering")
    String refer(@PathVariable UUID id, @RequestParam int version, @RequestParam(defaultValue = "") @Size(max = Referral.MAX_NOTE) String note,
                 Model model, RedirectAttributes redirect) {
        try {
            Referral referral = referrals.refer(new CaseId(id), version, note, currentUsers.current());
            redirect.addFlashAttribute("saved", "Ärende " + referral.caseNumber()
                    + " är remitterat till utredningsgruppen och väntar på att arbetsledaren fördelar det.");
            return "redirect:/arenden/" + id + "/remittering";
        } catch (InvalidInputException e) {
            return render(id, note, FormErrors.of(e), model);
        }
    }

    @PostMapping("/arenden/{id}/remittering/fordela")
    String assign(@PathVariable UUID id, @RequestParam int version, @RequestParam(required = false) UUID caseworker,
                  @RequestParam(defaultValue = "chosen") String method, Model model, RedirectAttributes redirect) {
        try {
            Optional<UserId> chosen;
            if (method.equals("birthDay")) {
                chosen = Optional.empty();
            } else if (caseworker == null) {
                throw new InvalidInputException("caseworker", "Välj handläggare, eller fördela enligt födelsedag.");
            } else {
                chosen = Optional.of(new UserId(caseworker));
            }
            Referral reviewed = referrals.assign(new CaseId(id), version, chosen, currentUsers.current());
            redirect.addFlashAttribute("saved", "Ärende " + reviewed.caseNumber() + " är granskat och fördelat.");
            return "redirect:/remitteringar";
        } catch (InvalidInputException e) {
            return render(id, "", FormErrors.of(e), model);
        }
    }

    @GetMapping("/remitteringar")
    String queue(Model model) {
        model.addAttribute("referrals", referrals.queue(currentUsers.current()));
        return "investigation/referrals";
    }

    private String render(UUID id, String note, FormErrors errors, Model model) {
        CurrentUser me = currentUsers.current();
        ReferralService.ReferralPage page = referrals.page(new CaseId(id), me);
        model.addAttribute("page", page);
        model.addAttribute("c", page.caseDetails());
        model.addAttribute("note", note);
        model.addAttribute("errors", errors);
        model.addAttribute("canRefer", InvestigationPagesController.changes(me));
        return "investigation/referral";
    }
}
