package se.ebba.changeplan.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A follow-up of the plan: when it was held, what was achieved, what changed, and the next follow-up. */
public record FollowUp(UUID id, int versionNumber, LocalDate heldOn, String achieved, String changes, LocalDate nextFollowUpOn,
                       PlanAuthor recordedBy, Instant recordedAt) implements PlanPart {
}
