package se.ebba.audit;

import java.time.OffsetDateTime;
import java.util.UUID;

public record AccessLogEntry(long id, OffsetDateTime occurredAt, String username, UUID unitId, AccessAction action,
                             UUID caseId, String caseNumber, UUID personId, Boolean ownCaseload, String detail) {
}
