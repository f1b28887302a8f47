package se.ebba.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.ebba.identity.AccountUnlocked;
import se.ebba.identity.LoginFailed;
import se.ebba.identity.PasswordChanged;

/**
 * Writes failed and refused logins, lockouts, unlockings and password changes to the access log.
 * A row about a known user carries that user's unit, so it shows in the unit's log review.
 */
@Component
class LoginAuditor {

    private final AccessLog accessLog;

    LoginAuditor(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    @EventListener
    void on(LoginFailed event) {
        AccessAction action = event.reason() == LoginFailed.Reason.ACCOUNT_LOCKED ? AccessAction.ACCOUNT_LOCKED : AccessAction.LOGIN_FAILED;
        String detail = switch (event.reason()) {
            case BAD_CREDENTIALS -> "Fel användarnamn eller lösenord";
            case ACCOUNT_LOCKED -> "För många misslyckade inloggningsförsök: kontot är låst en stund";
            case REFUSED -> "Spärrad: för många misslyckade inloggningsförsök";
        };
        AccessEvent row = new AccessEvent(action, null, null, null, null, null, detail);
        event.user().ifPresentOrElse(user -> accessLog.record(user, row), () -> accessLog.recordUnknownUser(row));
    }

    @EventListener
    void on(AccountUnlocked event) {
        accessLog.record(event.by(), new AccessEvent(AccessAction.UNLOCK_ACCOUNT,
                event.user().units().stream().findFirst().orElse(null), null, null, null, null,
                "Låste upp " + event.user().username() + " efter misslyckade inloggningar"));
    }

    @EventListener
    void on(PasswordChanged event) {
        accessLog.record(event.user(), new AccessEvent(AccessAction.CHANGE_PASSWORD, null, null, null, null, null, null));
    }
}
