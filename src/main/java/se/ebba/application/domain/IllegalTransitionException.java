package se.ebba.application.domain;

/**
 * A transition the state machine does not allow (e.g. notifying an application that has no decision).
 * A programming error, not a refusal by a rule: callers check the state first.
 */
public class IllegalTransitionException extends IllegalStateException {

    public IllegalTransitionException(ApplicationId id, ApplicationState from, String transition) {
        super("Application " + id + " in state " + from + " cannot " + transition);
    }
}
