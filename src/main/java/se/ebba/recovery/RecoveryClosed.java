package se.ebba.recovery;

import java.time.Instant;
import se.ebba.casefile.domain.CaseId;

/** A recovery matter of the case ended (repaid, waived, written off or found not to be recoverable). */
public record RecoveryClosed(CaseId caseId, Instant at) {
}
