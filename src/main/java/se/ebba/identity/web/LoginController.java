package se.ebba.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.CurrentUsers;
import se.ebba.identity.domain.Role;

@Controller
class LoginController {

    private final CurrentUsers currentUsers;

    LoginController(CurrentUsers currentUsers) {
        this.currentUsers = currentUsers;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    /** The start page depends on the role: caseworkers start at "Mina ärenden". */
    @GetMapping("/")
    String home() {
        CurrentUser me = currentUsers.current();
        if (me.ownsCases()) {
            return "redirect:/mina-arenden";
        }
        if (me.allocatesCases()) {
            return "redirect:/arendefordelning";
        }
        if (me.readsCaseContents()) {
            return "redirect:/sok";
        }
        if (me.has(Role.AUDITOR) || me.has(Role.UNIT_MANAGER)) {
            return "redirect:/atkomstlogg";
        }
        if (me.has(Role.ADMIN)) {
            return "redirect:/admin/anvandare";
        }
        return "redirect:/konto";
    }

    @GetMapping("/konto")
    String account() {
        return "account";
    }
}
