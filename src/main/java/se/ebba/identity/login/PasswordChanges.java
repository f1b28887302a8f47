package se.ebba.identity.login;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.PasswordChanged;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.InvalidInputException.FieldError;

/** A user changes their own local password ("Byt lösenord" on "Mitt konto"). */
@Component
public class PasswordChanges {

    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final ApplicationEventPublisher events;

    PasswordChanges(Accounts accounts, PasswordEncoder encoder, PasswordPolicy policy, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.policy = policy;
        this.events = events;
    }

    /** Whether the user has a local password at all (not for those who log in with OIDC only). */
    public boolean hasLocalPassword(CurrentUser user) {
        return accounts.passwordHash(user.id()).isPresent();
    }

    @Transactional
    public void change(CurrentUser user, String current, String next, String repeat) {
        String hash = accounts.passwordHash(user.id()).orElseThrow(() -> new InvalidInputException("currentPassword",
                "Du loggar in med kommunens inloggning och har inget lösenord i Ebba."));
        List<FieldError> errors = new ArrayList<>();
        if (current == null || current.isEmpty() || current.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > PasswordPolicy.MAX_BYTES
                || !encoder.matches(current, hash)) {
            errors.add(new FieldError("currentPassword", "Det nuvarande lösenordet stämmer inte."));
        }
        policy.problem(user.username(), next).ifPresent(problem -> errors.add(new FieldError("newPassword", problem)));
        if (next != null && !next.equals(repeat)) {
            errors.add(new FieldError("repeatPassword", "Lösenorden är inte lika. Skriv det nya lösenordet två gånger."));
        }
        if (next != null && next.equals(current) && errors.isEmpty()) {
            errors.add(new FieldError("newPassword", "Det nya lösenordet ska skilja sig från det nuvarande."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        accounts.changePasswordHash(user.id(), encoder.encode(next));
        events.publishEvent(new PasswordChanged(user));
    }
}
