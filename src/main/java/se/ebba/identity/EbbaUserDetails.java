package se.ebba.identity;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** Spring Security's view of an Ebba user; roles become ROLE_* authorities. */
public final class EbbaUserDetails implements UserDetails, se.ebba.identity.login.EbbaPrincipal {

    private final CurrentUser user;
    private final String passwordHash;
    private final boolean enabled;

    EbbaUserDetails(CurrentUser user, String passwordHash, boolean enabled) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
    }

    @Override
    public CurrentUser user() {
        return user;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new java.util.ArrayList<>(
                user.roles().stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r.name())).toList());
        if (user.protectedIdentityAccess()) {
            authorities.add(new SimpleGrantedAuthority("PROTECTED_IDENTITY"));
        }
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
