package se.ebba.identity;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import se.ebba.identity.login.EbbaPrincipal;

/** Gives the other modules the logged-in user of the current request. */
@Component
public class CurrentUsers {

    public CurrentUser current() {
        return find().orElseThrow(() -> new IllegalStateException("No logged-in user in this request"));
    }

    public Optional<CurrentUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof EbbaPrincipal details) {
            return Optional.of(details.user());
        }
        return Optional.empty();
    }
}
