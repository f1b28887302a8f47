package se.ebba.identity;

/** An administrator lifted the lockout of a user after failed logins; written to the access log. */
public record AccountUnlocked(CurrentUser by, UserView user) {
}
