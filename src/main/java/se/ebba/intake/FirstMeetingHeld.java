package se.ebba.intake;

import java.time.LocalDate;
import se.ebba.casefile.domain.CaseId;

/** The first meeting (nybesök) of a case was held. */
public record FirstMeetingHeld(CaseId caseId, LocalDate heldOn) {
}
