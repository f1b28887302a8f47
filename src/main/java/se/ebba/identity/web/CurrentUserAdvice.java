package se.ebba.identity.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.CurrentUsers;

/** Puts the logged-in user in every page's model, for the menu. */
@ControllerAdvice
class CurrentUserAdvice {

    private final CurrentUsers currentUsers;

    CurrentUserAdvice(CurrentUsers currentUsers) {
        this.currentUsers = currentUsers;
    }

    @ModelAttribute("me")
    CurrentUser me() {
        return currentUsers.find().orElse(null);
    }
}
