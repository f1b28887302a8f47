package se.ebba.worklist;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.ebba.recovery.RecoveryClosed;
import se.ebba.recovery.RecoveryOpened;
import se.ebba.worklist.internal.CaseActivities;

/**
 * Tells the closing job about the case's open recovery matters (PROCESS.md §4: a case is not closed
 * while a recovery is open). Counted in both directions, so the two events may be handled in either order.
 */
@Component
class RecoveryListeners {

    private final CaseActivities activities;

    RecoveryListeners(CaseActivities activities) {
        this.activities = activities;
    }

    @ApplicationModuleListener
    void on(RecoveryOpened event) {
        activities.recoveryOpened(event.caseId());
    }

    @ApplicationModuleListener
    void on(RecoveryClosed event) {
        activities.recoveryClosed(event.caseId());
    }
}
