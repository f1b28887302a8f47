package se.ebba.casefile;

import java.time.Instant;
import se.ebba.casefile.domain.CaseId;
import se.ebba.casefile.domain.CaseState;

/** A case moved to another state, e.g. referred to the ongoing team or closed. */
public record CaseStateChanged(CaseId caseId, CaseState from, CaseState to, Instant at) {
}
