package se.ebba.identity.login;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import se.ebba.identity.CurrentUser;

/** A member of staff logged in with OIDC, as the Ebba user the claims were mapped to. */
public class EbbaOidcUser extends DefaultOidcUser implements EbbaPrincipal {

    private final CurrentUser user;

    EbbaOidcUser(CurrentUser user, Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken, OidcUserInfo userInfo) {
        super(authorities, idToken, userInfo, "sub");
        this.user = user;
    }

    @Override
    public CurrentUser user() {
        return user;
    }

    @Override
    public String getName() {
        return user.username();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EbbaOidcUser other && super.equals(other) && user.equals(other.user);
    }

    @Override
    public int hashCode() {
        return super.hashCode() * 31 + user.hashCode();
    }
}
