package se.ebba.identity;

import java.util.Optional;

/**
 * A login failed or was refused; the audit module writes it to the access log. {@code user} is
 * empty when the name belongs to no one (the name as typed is never passed on: it may be a password).
 */
public record LoginFailed(Optional<CurrentUser> user, Reason reason) {

    public enum Reason {
        /** Wrong password, unknown name or a disabled account: the same answer to the person trying. */
        BAD_CREDENTIALS,
        /** This failure reached the limit: the name is locked for a while. */
        ACCOUNT_LOCKED,
        /** Refused without looking at the password: the name is locked or the address is throttled. */
        REFUSED
    }
}
