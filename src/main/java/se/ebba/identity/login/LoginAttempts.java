package se.ebba.identity.login;

import java.time.Instant;
import java.util.Optional;
import se.ebba.identity.domain.UserId;

/** The stored login attempts and unlockings (append-only), keyed by a hash of the user name. */
public interface LoginAttempts {

    enum Outcome { SUCCEEDED, FAILED, REFUSED_LOCKED, REFUSED_THROTTLED }

    void record(String usernameKey, String clientAddress, Outcome outcome, Instant at);

    /** Failed attempts for the name since {@code since}, not counting those before its last success or unlocking. */
    int failuresOfUserSince(String usernameKey, Instant since);

    /** Failed attempts from the address since {@code since}, with the newest one. */
    AddressFailures failuresFromAddressSince(String clientAddress, Instant since);

    void unlock(String usernameKey, UserId by, Instant at);

    record AddressFailures(int count, Optional<Instant> newest) {
    }
}
