package se.ebba.worklist.domain;

import java.time.LocalDate;
import java.util.Objects;
import se.ebba.casefile.domain.CaseState;

/**
 * What the closing policy needs to know of a case.
 *
 * @param quietSince            the last day something started the clock: the case opened or reopened, or an application came in
 * @param undecidedApplications applications registered but not yet decided
 * @param openAppeals           appeals lodged and not yet settled
 * @param openRecovery          whether a recovery (återkrav) is open: more recovery matters opened than closed (recovery.RecoveryOpened / RecoveryClosed)
 */
public record CaseActivity(CaseState state, LocalDate quietSince, int undecidedApplications, int openAppeals, boolean openRecovery) {

    public CaseActivity {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(quietSince, "quietSince");
    }
}
