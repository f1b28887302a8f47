package se.ebba.changeplan;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.ebba.casefile.CaseStateChanged;
import se.ebba.casefile.domain.CaseState;
import se.ebba.changeplan.internal.ChangePlans;

/**
 * Records the date a case was referred to the ongoing team: the plan is due within the unit's
 * deadline from then (PROCESS.md §1, "within 3 months of referral"). A case referred again after
 * reopening gets a new date; the newest counts.
 */
@Component
class CaseReferrals {

    private final ChangePlans plans;
    private final Clock clock;

    CaseReferrals(ChangePlans plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(CaseStateChanged event) {
        if (event.to() == CaseState.OPEN_ONGOING) {
            plans.addReferral(event.caseId(), LocalDate.ofInstant(event.at(), clock.getZone()), clock.instant());
        }
    }
}
