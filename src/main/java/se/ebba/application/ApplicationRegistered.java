package se.ebba.application;

import java.time.YearMonth;
import se.ebba.application.domain.ApplicationId;
import se.ebba.casefile.domain.CaseId;

/** An application was registered for a benefit month. */
public record ApplicationRegistered(CaseId caseId, ApplicationId applicationId, YearMonth month) {
}
