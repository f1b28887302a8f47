package se.ebba.appeal;

import java.time.Instant;
import se.ebba.casefile.domain.CaseId;

/** An appeal reached its final step (withdrawn, or judged by the last instance); it is no longer open. */
public record AppealSettled(CaseId caseId, Instant at) {
}
