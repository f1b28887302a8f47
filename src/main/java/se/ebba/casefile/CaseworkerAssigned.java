package se.ebba.casefile;

import java.time.Instant;
import se.ebba.casefile.domain.AssignmentMethod;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.domain.UserId;

/** A caseworker became responsible for a case. */
public record CaseworkerAssigned(CaseId caseId, UserId caseworker, AssignmentMethod method, Instant at) {
}
