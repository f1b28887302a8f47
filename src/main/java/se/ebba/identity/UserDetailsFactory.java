package se.ebba.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/** Builds the security principal; lives here so that the principal's constructor stays package-private. */
@Component
public class UserDetailsFactory {

    public UserDetails create(CurrentUser user, String passwordHash, boolean enabled) {
        return new EbbaUserDetails(user, passwordHash, enabled);
    }
}
