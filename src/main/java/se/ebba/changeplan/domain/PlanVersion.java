package se.ebba.changeplan.domain;

import java.time.Instant;
import java.util.UUID;

/** One agreed content of the plan; a revision is a new version with the next number. */
public record PlanVersion(UUID id, int number, PlanContent content, PlanAuthor writtenBy, Instant writtenAt) implements PlanPart {
}
