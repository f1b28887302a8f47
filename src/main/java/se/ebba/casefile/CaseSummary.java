package se.ebba.casefile;

import java.time.Instant;
import se.ebba.casefile.domain.CaseId;
import se.ebba.casefile.domain.CaseNumber;
import se.ebba.casefile.domain.CaseState;
import se.ebba.casefile.domain.HouseholdRole;

/** A case in a list (Mina ärenden, search results, unassigned cases). */
public record CaseSummary(CaseId id, CaseNumber number, String unitName, CaseState state, String applicantName,
                          String applicantPersonalNumber, String responsibleCaseworker, Instant openedAt,
                          Instant lastActivityAt, String matchedPersonName, String matchedPersonalNumber,
                          HouseholdRole matchedRole) {
}
