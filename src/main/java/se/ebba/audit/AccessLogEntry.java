package se.ebba.audit;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A line of the access log as the review shows it. {@code targetUsername}, {@code before} and
 * {@code after} are set on an administrator's change of a user, null otherwise.
 */
public record AccessLogEntry(long id, OffsetDateTime occurredAt, String username, UUID unitId, AccessAction action,
                             UUID caseId, String caseNumber, UUID personId, Boolean ownCaseload, String detail,
                             String targetUsername, String before, String after) {
}
