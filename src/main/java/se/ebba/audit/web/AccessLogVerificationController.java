package se.ebba.audit.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import se.ebba.audit.AccessLogChain;
import se.ebba.identity.CurrentUsers;

/** "Verifiera loggen" on the unit manager's access-log page: recomputes the hash chain. */
@Controller
class AccessLogVerificationController {

    private final AccessLogChain chain;
    private final CurrentUsers currentUsers;

    AccessLogVerificationController(AccessLogChain chain, CurrentUsers currentUsers) {
        this.chain = chain;
        this.currentUsers = currentUsers;
    }

    @PostMapping("/atkomstlogg/verifiera")
    String verify(Model model) {
        model.addAttribute("result", chain.verify(currentUsers.current()));
        return "audit/access-log-verification";
    }
}
