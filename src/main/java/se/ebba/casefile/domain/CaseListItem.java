package se.ebba.casefile.domain;

import java.time.Instant;
import se.ebba.identity.domain.PersonId;
import se.ebba.identity.domain.UnitId;
import se.ebba.identity.domain.UserId;

/** A case in a list: its number, state, unit, applicant and responsible caseworker. */
public record CaseListItem(CaseId id, CaseNumber number, UnitId unit, CaseState state, PersonId applicant,
                           UserId responsibleCaseworker, Instant openedAt, Instant lastActivityAt,
                           PersonId matchedPerson, HouseholdRole matchedRole) {
}
