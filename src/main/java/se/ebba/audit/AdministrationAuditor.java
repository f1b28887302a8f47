package se.ebba.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.ebba.identity.AdministrationChanged;

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
}
