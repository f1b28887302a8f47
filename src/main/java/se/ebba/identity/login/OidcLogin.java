package se.ebba.identity.login;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.UserDetailsFactory;
import se.ebba.identity.domain.Role;

/**
 * Maps a staff member's OIDC login to an Ebba user (docs/operations.md, "Staff login with OIDC").
 * The user is found by the user-name claim, or created without a local password; the roles claim
 * (Ebba role names) and the units claim (unit codes) replace the user's roles and units at every
 * login. Unknown roles and units are ignored, and so is APPLICANT (staff only). Like an administrator in Ebba, an identity provider
 * cannot make an administrator a case handler: with the ADMIN role every other role and unit is
 * dropped. A disabled user, or a claim set that gives no role (or case roles without a unit), is refused.
 */
@Component
public class OidcLogin implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private static final Logger log = LoggerFactory.getLogger(OidcLogin.class);

    private final OidcUserService standard = new OidcUserService();
    private final Accounts accounts;
    private final Function<CurrentUser, UserDetails> principals;
    private final String usernameClaim;
    private final String rolesClaim;
    private final String unitsClaim;

    OidcLogin(Accounts accounts, UserDetailsFactory factory,
              @Value("${ebba.oidc.username-claim:preferred_username}") String usernameClaim,
              @Value("${ebba.oidc.roles-claim:ebba_roles}") String rolesClaim,
              @Value("${ebba.oidc.units-claim:ebba_units}") String unitsClaim) {
        this.accounts = accounts;
        this.principals = user -> factory.create(user, null, true);
        this.usernameClaim = usernameClaim;
        this.rolesClaim = rolesClaim;
        this.unitsClaim = unitsClaim;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser oidc = standard.loadUser(request);
        String username = oidc.getClaimAsString(usernameClaim);
        if (username == null || !username.strip().toLowerCase(Locale.ROOT).matches("[a-z0-9._@-]{3,80}")) {
            throw refused("invalid_username", "The user name claim is missing or not a valid user name");
        }
        username = username.strip().toLowerCase(Locale.ROOT);
        Set<Role> roles = roles(values(oidc.getClaims().get(rolesClaim)));
        Set<String> units = new LinkedHashSet<>(values(oidc.getClaims().get(unitsClaim)));
        if (roles.contains(Role.ADMIN) && roles.size() > 1) {
            log.warn("An OIDC login carried case roles together with ADMIN; only ADMIN was given");
            roles = EnumSet.of(Role.ADMIN);
        }
        if (roles.contains(Role.ADMIN)) {
            units = Set.of();
        }
        if (roles.isEmpty()) {
            throw refused("no_roles", "The login carries no Ebba role");
        }
        String name = oidc.getFullName() != null && !oidc.getFullName().isBlank() ? oidc.getFullName().strip() : username;
        Accounts.Account account = accounts.provision(username, name, roles, units);
        if (!account.enabled()) {
            throw refused("account_disabled", "The account is disabled in Ebba");
        }
        if (!roles.contains(Role.ADMIN) && account.user().units().isEmpty()) {
            throw refused("no_units", "The login carries no known Ebba unit");
        }
        return new EbbaOidcUser(account.user(), principals.apply(account.user()).getAuthorities(), oidc.getIdToken(),
                oidc.getUserInfo());
    }

    private static OAuth2AuthenticationException refused(String code, String description) {
        return new OAuth2AuthenticationException(new OAuth2Error(code, description, null));
    }

    private static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            Arrays.stream(Role.values()).filter(r -> r != Role.APPLICANT && r.name().equalsIgnoreCase(name)).findFirst()
                    .ifPresent(roles::add);
        }
        return roles;
    }

    /** A claim as a list of strings: a JSON array, or one string of names separated by spaces or commas. */
    private static List<String> values(Object claim) {
        if (claim instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
        if (claim instanceof String text) {
            return Arrays.stream(text.split("[\\s,]+")).filter(s -> !s.isEmpty()).toList();
        }
        return List.of();
    }
}
