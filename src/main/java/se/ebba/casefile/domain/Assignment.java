package se.ebba.casefile.domain;

import java.time.Instant;
import se.ebba.identity.domain.UserId;

/** A caseworker made responsible for a case, and how. */
public record Assignment(UserId caseworker, AssignmentMethod method, Instant at, UserId by, String reason) {
}
