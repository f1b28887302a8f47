package se.ebba.identity.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.CurrentUsers;
import se.ebba.identity.domain.Role;
import se.ebba.identity.login.PasswordChanges;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.web.FormErrors;

@Controller
class LoginController {

    private final CurrentUsers currentUsers;
    private final PasswordChanges passwords;
    private final ObjectProvider<ClientRegistrationRepository> oidcClients;

    LoginController(CurrentUsers currentUsers, PasswordChanges passwords, ObjectProvider<ClientRegistrationRepository> oidcClients) {
        this.currentUsers = currentUsers;
        this.passwords = passwords;
        this.oidcClients = oidcClients;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("oidcEnabled", oidcClients.getIfAvailable() != null);
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
    String account(Model model) {
        return accountPage(model, FormErrors.none());
    }

    @PostMapping("/konto/losenord")
    String changePassword(@RequestParam(defaultValue = "") String currentPassword,
                          @RequestParam(defaultValue = "") String newPassword,
                          @RequestParam(defaultValue = "") String repeatPassword, Model model, RedirectAttributes redirect) {
        try {
            passwords.change(currentUsers.current(), currentPassword, newPassword, repeatPassword);
            redirect.addFlashAttribute("saved", "Ditt lösenord är bytt.");
            return "redirect:/konto";
        } catch (InvalidInputException e) {
            return accountPage(model, FormErrors.of(e));
        }
    }

    private String accountPage(Model model, FormErrors errors) {
        model.addAttribute("hasLocalPassword", passwords.hasLocalPassword(currentUsers.current()));
        model.addAttribute("errors", errors);
        return "account";
    }
}
