package se.ebba.casefile;

import se.ebba.casefile.domain.CaseId;
import se.ebba.casefile.domain.CaseNumber;
import se.ebba.casefile.domain.CaseState;
import se.ebba.identity.domain.UnitId;
import se.ebba.identity.domain.UserId;

/** A case the current user has been let into, for other modules that work on cases (journal, ...). */
public record CaseRef(CaseId id, CaseNumber number, UnitId unit, CaseState state, UserId responsibleCaseworker,
                      boolean ownCaseload) {
}
