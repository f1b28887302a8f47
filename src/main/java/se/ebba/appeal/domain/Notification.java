package se.ebba.appeal.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The day the applicant received the decision and the appeal deadline computed from it. A correction is a new notification. */
public record Notification(UUID id, UUID decisionId, LocalDate notifiedOn, NotificationMethod method, LocalDate appealLastDay,
                           Instant recordedAt, String recordedByName, UUID correctsId) {
}
