package se.ebba.identity.login;

import java.nio.charset.StandardCharsets;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password login (the form and HTTP Basic) through {@link LoginProtection}: a locked name or a
 * throttled address is refused before the password is checked, and every failure is counted. A
 * wrong password, an unknown name, a disabled account and an OIDC-only account all fail alike.
 */
public class ProtectedAuthenticationProvider implements AuthenticationProvider {

    /** bcrypt reads at most 72 bytes; a longer password can never be right. */

    private final DaoAuthenticationProvider passwords;
    private final LoginProtection protection;

    public ProtectedAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, LoginProtection protection) {
        UserDetailsService withLocalPassword = username -> {
            UserDetails details = users.loadUserByUsername(username);
            if (details.getPassword() == null) {
                throw new UsernameNotFoundException("No local password");
            }
            return details;
        };
        this.passwords = new DaoAuthenticationProvider(withLocalPassword);
        this.passwords.setPasswordEncoder(encoder);
        this.protection = protection;
    }

    /**
     * A failure of the database (or anything else that is not about the credentials) becomes an
     * {@link InternalAuthenticationServiceException}, so that it is never answered as a wrong password.
     */
    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        try {
            return check(authentication);
        } catch (AuthenticationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InternalAuthenticationServiceException("Login could not be checked", e);
        }
    }

    private Authentication check(Authentication authentication) {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "okänd";
        protection.checkAllowed(username, address);
        Object credentials = authentication.getCredentials();
        try {
            if (credentials == null || credentials.toString().getBytes(StandardCharsets.UTF_8).length > PasswordPolicy.MAX_BYTES) {
                throw new BadCredentialsException("Fel användarnamn eller lösenord");
            }
            Authentication result = passwords.authenticate(authentication);
            protection.succeeded(username, address);
            return result;
        } catch (BadCredentialsException | AccountStatusException e) {
            protection.failed(username, address);
            throw new BadCredentialsException("Fel användarnamn eller lösenord");
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
