package se.ebba.identity.web;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.ebba.identity.CurrentUsers;
import se.ebba.identity.UserView;
import se.ebba.identity.Users;
import se.ebba.identity.domain.UserId;
import se.ebba.identity.login.LoginProtection;
import se.ebba.shared.NotFoundException;

/** The administrator unlocks a user locked after failed logins (shown on the user's page, /admin/anvandare/{id}). */
@Controller
class AccountLockController {

    private final Users users;
    private final LoginProtection protection;
    private final CurrentUsers currentUsers;

    AccountLockController(Users users, LoginProtection protection, CurrentUsers currentUsers) {
        this.users = users;
        this.protection = protection;
        this.currentUsers = currentUsers;
    }

    @PostMapping("/admin/anvandare/{id}/las-upp")
    String unlock(@PathVariable UUID id, RedirectAttributes redirect) {
        UserView user = users.find(new UserId(id)).orElseThrow(() -> new NotFoundException("Användaren finns inte"));
        protection.unlock(currentUsers.current(), user);
        redirect.addFlashAttribute("saved", "Kontot för " + user.username() + " är upplåst.");
        return "redirect:/admin/anvandare";
    }
}
