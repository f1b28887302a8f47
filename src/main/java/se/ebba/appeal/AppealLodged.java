package se.ebba.appeal;

import java.time.Instant;
import se.ebba.casefile.domain.CaseId;

/** An appeal of a decision was lodged; the case has an open appeal until it is settled. */
public record AppealLodged(CaseId caseId, Instant at) {
}
