package se.ebba.identity.login;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import se.ebba.identity.AccountUnlocked;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.LoginFailed;
import se.ebba.identity.UserView;
import se.ebba.identity.login.LoginAttempts.AddressFailures;
import se.ebba.identity.login.LoginAttempts.Outcome;
import se.ebba.shared.Sha256;

/**
 * Throttles password guessing (docs/operations.md, "Login protection"). Per user name: after
 * {@code max-failures} failures within {@code window} the name is locked until those failures are
 * older than the window, or until an administrator unlocks it. Per client address: from
 * {@code address-max-failures} failures within the window on, each further attempt must wait twice
 * as long after the newest failure as the one before (2 s, 4 s, … at most the window). Names that
 * belong to no one are treated exactly like real ones, so the answers reveal nothing.
 */
@Component
public class LoginProtection {

    private final LoginAttempts attempts;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int maxFailures;
    private final int addressMaxFailures;
    private final Duration window;

    LoginProtection(LoginAttempts attempts, Accounts accounts, ApplicationEventPublisher events, Clock clock,
                    @Value("${ebba.login.max-failures:5}") int maxFailures,
                    @Value("${ebba.login.address-max-failures:30}") int addressMaxFailures,
                    @Value("${ebba.login.window:15m}") Duration window) {
        this.attempts = attempts;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.addressMaxFailures = addressMaxFailures;
        this.window = window;
    }

    /** Refuses the attempt, before any password is checked, when the name is locked or the address must wait. */
    public void checkAllowed(String username, String clientAddress) {
        Instant now = clock.instant();
        Optional<Duration> wait = addressWait(clientAddress, now);
        if (wait.isPresent()) {
            refuse(username, clientAddress, Outcome.REFUSED_THROTTLED, now, wait.get());
        }
        if (isLocked(key(username), now)) {
            refuse(username, clientAddress, Outcome.REFUSED_LOCKED, now, window);
        }
    }

    /** Records a failed attempt; throws when this failure locks the name. */
    public void failed(String username, String clientAddress) {
        Instant now = clock.instant();
        String key = key(username);
        attempts.record(key, clientAddress, Outcome.FAILED, now);
        boolean locked = isLocked(key, now);
        events.publishEvent(new LoginFailed(userNamed(username),
                locked ? LoginFailed.Reason.ACCOUNT_LOCKED : LoginFailed.Reason.BAD_CREDENTIALS));
        if (locked) {
            throw new LoginRefusedException(window);
        }
    }

    public void succeeded(String username, String clientAddress) {
        attempts.record(key(username), clientAddress, Outcome.SUCCEEDED, clock.instant());
    }

    /** Whether the user's name is locked now (for the administrator's page). */
    public boolean isLocked(String username) {
        return isLocked(key(username), clock.instant());
    }

    public void unlock(CurrentUser by, UserView user) {
        attempts.unlock(key(user.username()), by.id(), clock.instant());
        events.publishEvent(new AccountUnlocked(by, user));
    }

    private boolean isLocked(String key, Instant now) {
        return attempts.failuresOfUserSince(key, now.minus(window)) >= maxFailures;
    }

    private Optional<Duration> addressWait(String clientAddress, Instant now) {
        AddressFailures failures = attempts.failuresFromAddressSince(clientAddress, now.minus(window));
        if (failures.count() < addressMaxFailures || failures.newest().isEmpty()) {
            return Optional.empty();
        }
        int over = Math.min(failures.count() - addressMaxFailures, 20);
        Duration backoff = Duration.ofSeconds(2L << over);
        if (backoff.compareTo(window) > 0) {
            backoff = window;
        }
        Instant until = failures.newest().get().plus(backoff);
        return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    private void refuse(String username, String clientAddress, Outcome outcome, Instant now, Duration retryAfter) {
        attempts.record(key(username), clientAddress, outcome, now);
        events.publishEvent(new LoginFailed(userNamed(username), LoginFailed.Reason.REFUSED));
        throw new LoginRefusedException(retryAfter);
    }

    private Optional<CurrentUser> userNamed(String username) {
        return accounts.byUsername(normalise(username)).map(Accounts.Account::user);
    }

    static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    /** The stored key of a user name: its SHA-256, so that whatever was typed is never stored readable. */
    static String key(String username) {
        return Sha256.hex(normalise(username));
    }
}
