package se.ebba.audit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import se.ebba.audit.AccessEvent.SubjectType;

/**
 * A row of the access log as the review shows it.
 *
 * @param sessionHash the SHA-256 of the session id (never the id itself), null without a session
 * @param targetUsername on an administrator's change of a user: the user changed (null otherwise)
 * @param before on an administrator's change of a user: the account before (null otherwise)
 * @param after on an administrator's change of a user: the account after (null otherwise)
 */
public record AccessLogEntry(long id, OffsetDateTime occurredAt, String username, UUID unitId, AccessAction action,
                             UUID caseId, String caseNumber, UUID personId, Boolean ownCaseload, String detail,
                             SubjectType subjectType, UUID subjectId, List<UUID> caseIds, String clientAddress, String sessionHash,
                             String targetUsername, String before, String after) {

    public AccessLogEntry {
        caseIds = caseIds == null ? List.of() : List.copyOf(caseIds);
    }

    public AccessLogEntry(long id, OffsetDateTime occurredAt, String username, UUID unitId, AccessAction action, UUID caseId,
                          String caseNumber, UUID personId, Boolean ownCaseload, String detail) {
        this(id, occurredAt, username, unitId, action, caseId, caseNumber, personId, ownCaseload, detail, null, null, List.of(), null,
                null, null, null, null);
    }

    /** The first 12 hex digits of the session hash: enough to tell sessions apart on the page. */
    public String sessionTag() {
        return sessionHash == null ? null : sessionHash.substring(0, Math.min(12, sessionHash.length()));
    }
}
