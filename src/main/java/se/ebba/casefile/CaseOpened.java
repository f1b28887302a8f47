package se.ebba.casefile;

import java.time.Instant;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.domain.UnitId;

/** A household's case was opened at a unit (aktualisering). */
public record CaseOpened(CaseId caseId, UnitId unit, Instant at) {
}
