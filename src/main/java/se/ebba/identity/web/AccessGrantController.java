package se.ebba.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.ebba.identity.AccessGrants;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.CurrentUsers;
import se.ebba.identity.domain.GrantRequestId;
import se.ebba.identity.domain.UnitId;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.web.FormErrors;
import se.ebba.shared.web.InputText;

/**
 * "Behörigheter att godkänna": the unit manager approves or rejects, with a reason, the case roles,
 * units and rights an administrator asked for in the manager's units (four eyes). Unit managers only
 * (the security rules); the module checks the unit and the grantee again.
 */
@Controller
class AccessGrantController {

    private final AccessGrants grants;
    private final CurrentUsers currentUsers;

    AccessGrantController(AccessGrants grants, CurrentUsers currentUsers) {
        this.grants = grants;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/behorigheter")
    String toDecide(Model model) {
        return page(model, currentUsers.current(), FormErrors.none(), null, "");
    }

    @PostMapping("/behorigheter/{request}/{unit}")
    String decide(@PathVariable UUID request, @PathVariable UUID unit, @RequestParam(defaultValue = "") String decision,
                  @RequestParam(defaultValue = "") String reason, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        CurrentUser me = currentUsers.current();
        GrantRequestId id = new GrantRequestId(request);
        try {
            String problem = InputText.problem(reason, 2000);
            if (problem != null) {
                throw new InvalidInputException("reason", problem);
            }
            switch (decision) {
                case "godkann" -> {
                    grants.approve(id, new UnitId(unit), me);
                    redirect.addFlashAttribute("saved", "Behörigheten är godkänd.");
                }
                case "avsla" -> {
                    grants.reject(id, new UnitId(unit), reason, me);
                    redirect.addFlashAttribute("saved", "Behörigheten är avslagen.");
                }
                default -> throw new InvalidInputException("decision", "Välj Godkänn eller Avslå.");
            }
            return "redirect:/behorigheter";
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return page(model, me, FormErrors.of(e), request + "/" + unit, reason);
        }
    }

    /** @param failed the request and unit ("id/unit") whose form came back with errors, or null */
    private String page(Model model, CurrentUser me, FormErrors errors, String failed, String reason) {
        model.addAttribute("grants", grants.toDecide(me));
        model.addAttribute("errors", errors);
        model.addAttribute("failed", failed);
        model.addAttribute("reason", reason);
        return "identity/grants";
    }
}
