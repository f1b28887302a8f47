package se.ebba.audit;

import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.ebba.identity.AccessGrantChanged;
import se.ebba.identity.AdministrationChanged;
import se.ebba.identity.UserAccessChangeRefused;
import se.ebba.identity.UserAccessChanged;
import se.ebba.identity.domain.UnitId;

/** Writes administrators' changes to the access log, in the same transaction as the change. */
@Component
class AdministrationAuditor {

    private final AccessLog accessLog;

    AdministrationAuditor(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    @EventListener
    void on(AdministrationChanged event) {
        AccessAction action = event.what() == AdministrationChanged.What.USER ? AccessAction.CHANGE_USER : AccessAction.CHANGE_UNIT;
        accessLog.record(event.by(), new AccessEvent(action, event.unit(), null, null, null, null, event.detail()));
    }

    /** One line per unit the user belonged to before or belongs to after, so that each unit's review shows the change. */
    @EventListener
    void on(UserAccessChanged event) {
        String detail = (event.created() ? "Skapade användaren " : "Ändrade användaren ") + event.username();
        Set<UnitId> units = event.affectedUnits();
        if (units.isEmpty()) {
            accessLog.recordAdministration(event.by(), new AdministrationEvent(AccessAction.CHANGE_USER, null, event.user(),
                    event.username(), event.before(), event.after(), detail));
        }
        units.forEach(unit -> accessLog.recordAdministration(event.by(), new AdministrationEvent(AccessAction.CHANGE_USER, unit,
                event.user(), event.username(), event.before(), event.after(), detail)));
    }

    /** A refused attempt: one DENIED line per unit it concerned, kept although nothing was changed. */
    @EventListener
    void on(UserAccessChangeRefused event) {
        String detail = "Nekad ändring av användaren " + event.username() + ": " + event.reasons();
        Set<UnitId> units = event.affectedUnits().isEmpty() ? java.util.Collections.singleton(null) : event.affectedUnits();
        units.forEach(unit -> accessLog.recordAdministrationDenied(event.by(), new AdministrationEvent(AccessAction.DENIED, unit,
                event.user(), event.username(), event.before(), event.attempted(), detail)));
    }

    /**
     * A step of a request for access (asked for, approved, rejected, in force, replaced): one line per
     * unit concerned, with the access before and after. A refused attempt to decide is a DENIED line
     * in a transaction of its own, kept although nothing changed.
     */
    @EventListener
    void on(AccessGrantChanged event) {
        AccessAction action = switch (event.step()) {
            case REQUESTED -> AccessAction.REQUEST_ACCESS;
            case APPROVED -> AccessAction.APPROVE_ACCESS;
            case REJECTED -> AccessAction.REJECT_ACCESS;
            case IN_FORCE -> AccessAction.ACCESS_IN_FORCE;
            case WITHDRAWN -> AccessAction.WITHDRAW_ACCESS_REQUEST;
            case REFUSED -> AccessAction.DENIED;
        };
        String detail = action.text() + " för användaren " + event.username() + (event.reason() == null ? "" : ". " + event.reason());
        Set<UnitId> units = event.units().isEmpty() ? java.util.Collections.singleton(null) : event.units();
        units.forEach(unit -> {
            AdministrationEvent line = new AdministrationEvent(action, unit, event.user(), event.username(), event.before(), event.after(),
                    detail);
            if (action == AccessAction.DENIED) {
                accessLog.recordAdministrationDenied(event.by(), line);
            } else {
                accessLog.recordAdministration(event.by(), line);
            }
        });
    }
}
