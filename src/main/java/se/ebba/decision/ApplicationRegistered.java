package se.ebba.decision;

import java.time.YearMonth;
import java.util.UUID;
import se.ebba.casefile.domain.CaseId;

/** An application was registered for a benefit month. */
public record ApplicationRegistered(CaseId caseId, UUID applicationId, YearMonth month) {
}
