package se.ebba.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.ebba.identity.AccessRefused;

/** Writes refusals by the security rules (a page or API resource the role may not use) to the access log. */
@Component
class RefusalAuditor {

    private final AccessLog accessLog;

    RefusalAuditor(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    @EventListener
    void on(AccessRefused event) {
        accessLog.recordDenied(event.user(), AccessEvent.refusedPage(event.method(), event.path()));
    }
}
