package se.ebba.intake.domain;

import java.time.LocalDate;
import java.util.UUID;
import se.ebba.casefile.domain.CaseId;

/** A home visit (hembesök), recorded with the consent that covered it and the reason it was needed. */
public record HomeVisit(UUID id, CaseId caseId, ConsentId consent, LocalDate visitOn, String reason, Recorded recorded) {
}
