package se.ebba.identity;

/** A user changed their own password; written to the access log. */
public record PasswordChanged(CurrentUser user) {
}
