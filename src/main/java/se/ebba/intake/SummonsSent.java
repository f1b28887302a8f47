package se.ebba.intake;

import java.time.LocalDate;
import se.ebba.casefile.domain.CaseId;

/** A summons (kallelse) to the first meeting was sent; the meeting is booked for the date. */
public record SummonsSent(CaseId caseId, LocalDate sentOn, LocalDate meetingOn) {
}
