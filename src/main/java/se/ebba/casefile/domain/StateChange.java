package se.ebba.casefile.domain;

import java.time.Instant;
import se.ebba.identity.domain.UserId;

/** One recorded change of a case's state: who, when and why. {@code from} is null when opened. */
public record StateChange(CaseState from, CaseState to, Instant at, UserId by, String reason) {
}
