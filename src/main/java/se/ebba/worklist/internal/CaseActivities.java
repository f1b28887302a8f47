package se.ebba.worklist.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.ebba.casefile.domain.CaseId;
import se.ebba.casefile.domain.CaseState;
import se.ebba.identity.domain.UnitId;
import se.ebba.worklist.domain.CaseActivity;

/** What the closing job knows of each case, kept up to date from the events. */
public interface CaseActivities {

    /** Starts following a case; nothing when it is already followed (a later event got there first). */
    void follow(CaseId caseId, UnitId unit, CaseState state, LocalDate quietSince);

    /** The case's state as the worklist knows it; locks the case's row until the transaction ends, so listeners of one case take turns. */
    Optional<CaseState> state(CaseId caseId);

    /** The new state; a case referred or reopened starts its quiet period again on the day. */
    void stateChanged(CaseId caseId, CaseState state, LocalDate on);

    void applicationRegistered(UUID applicationId, CaseId caseId, YearMonth month, LocalDate on);

    /** Marks the case's undecided applications of the month as decided. */
    void decided(CaseId caseId, YearMonth month, LocalDate on);

    void appealLodged(CaseId caseId);

    void appealSettled(CaseId caseId);

    /** A recovery matter of the case was opened (recovery.RecoveryOpened). */
    void recoveryOpened(CaseId caseId);

    /** A recovery matter of the case was closed (recovery.RecoveryClosed); either may be heard first. */
    void recoveryClosed(CaseId caseId);

    Optional<CaseActivity> activity(CaseId caseId);

    /** The ongoing cases of the unit, or of every unit. */
    List<Followed> ongoing(Optional<UnitId> unit);

    record Followed(CaseId caseId, UnitId unit) {
    }
}
