package se.ebba.identity.login;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A login refused before the password is even looked at: too many failures for the name or from the address. */
public class LoginRefusedException extends AuthenticationException {

    private final Duration retryAfter;

    public LoginRefusedException(Duration retryAfter) {
        super("För många misslyckade inloggningsförsök");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
