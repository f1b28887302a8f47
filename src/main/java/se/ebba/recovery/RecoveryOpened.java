package se.ebba.recovery;

import java.time.Instant;
import se.ebba.casefile.domain.CaseId;

/** An incorrect payment of the case was registered; the case has an open recovery matter until it is closed. */
public record RecoveryOpened(CaseId caseId, Instant at) {
}
