package se.ebba.audit.persistence;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.ebba.audit.AccessAction;
import se.ebba.audit.AccessEvent;
import se.ebba.audit.AccessEvent.SubjectType;
import se.ebba.audit.AccessLog;
import se.ebba.audit.AccessLogEntry;
import se.ebba.audit.AdministrationEvent;
import se.ebba.audit.origin.RequestOrigin;
import se.ebba.audit.origin.RequestOrigin.Origin;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.domain.UnitId;

@Repository
class JdbcAccessLog implements AccessLog {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final String UNKNOWN_USER = "(okänt användarnamn)";
    private static final Origin NO_ORIGIN = new Origin(null, null);

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcAccessLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void record(CurrentUser user, AccessEvent event) {
        UnitId unit = event.unit() != null ? event.unit() : user.units().stream().findFirst().orElse(null);
        Origin origin = origin();
        jdbc.sql("""
                insert into access_log (occurred_at, user_id, username, unit_id, action, case_id, case_number, person_id,
                                        own_caseload, detail, subject_type, subject_id, case_ids, client_address, session_hash)
                values (:at, :user, :username, :unit, :action, :case, :caseNumber, :person, :own, :detail,
                        :subjectType, :subjectId, cast(:caseIds as uuid[]), :clientAddress, :sessionHash)
                """)
                .param("at", OffsetDateTime.now(clock))
                .param("user", user.id().value())
                .param("username", user.username())
                .param("unit", unit == null ? null : unit.value())
                .param("action", event.action().name())
                .param("case", event.caseId())
                .param("caseNumber", event.caseNumber())
                .param("person", event.person() == null ? null : event.person().value())
                .param("own", event.ownCaseload())
                .param("detail", event.detail())
                .param("subjectType", event.subject() == null ? null : event.subject().type().name())
                .param("subjectId", event.subject() == null ? null : event.subject().id())
                .param("caseIds", isList(event) || !event.caseIds().isEmpty() ? event.caseIds().stream().map(UUID::toString)
                        .collect(java.util.stream.Collectors.joining(",", "{", "}")) : null, Types.VARCHAR)
                .param("clientAddress", origin.clientAddress())
                .param("sessionHash", origin.sessionHash())
                .update();
    }

    @Override
    public void recordAdministration(CurrentUser by, AdministrationEvent event) {
        Origin origin = origin();
        jdbc.sql("""
                insert into access_log (occurred_at, user_id, username, unit_id, action, detail, target_user_id, target_username,
                                        before_state, after_state, client_address, session_hash)
                values (:at, :user, :username, :unit, :action, :detail, :target, :targetUsername, :before, :after,
                        :clientAddress, :sessionHash)
                """)
                .param("at", OffsetDateTime.now(clock))
                .param("user", by.id().value())
                .param("username", by.username())
                .param("unit", event.unit() == null ? null : event.unit().value())
                .param("action", event.action().name())
                .param("detail", event.detail())
                .param("target", event.targetUser().value())
                .param("targetUsername", event.targetUsername())
                .param("before", event.before())
                .param("after", event.after())
                .param("clientAddress", origin.clientAddress())
                .param("sessionHash", origin.sessionHash())
                .update();
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAdministrationDenied(CurrentUser by, AdministrationEvent event) {
        recordAdministration(by, event);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordDenied(CurrentUser user, AccessEvent event) {
        record(user, event);
    }

    @Override
    public void recordUnknownUser(AccessEvent event) {
        Origin origin = origin();
        jdbc.sql("""
                insert into access_log (occurred_at, user_id, username, unit_id, action, detail, client_address, session_hash)
                values (:at, null, :username, null, :action, :detail, :clientAddress, :sessionHash)
                """)
                .param("at", OffsetDateTime.now(clock))
                .param("username", UNKNOWN_USER)
                .param("action", event.action().name())
                .param("detail", event.detail())
                .param("clientAddress", origin.clientAddress())
                .param("sessionHash", origin.sessionHash())
                .update();
    }

    @Override
    public List<AccessLogEntry> search(AccessLogQuery q) {
        StringBuilder sql = new StringBuilder("select * from access_log where unit_id in (:units)");
        Map<String, Object> params = new HashMap<>();
        params.put("units", q.units().stream().map(UnitId::value).toList());
        if (q.username() != null && !q.username().isBlank()) {
            sql.append(" and (username = :username or target_username = :username)");
            params.put("username", q.username().strip().toLowerCase());
        }
        if (q.caseNumber() != null && !q.caseNumber().isBlank()) {
            sql.append(" and case_number = :caseNumber");
            params.put("caseNumber", q.caseNumber().strip().toUpperCase());
        }
        if (q.from() != null) {
            sql.append(" and occurred_at >= :from");
            params.put("from", q.from().atStartOfDay(SWEDEN).toOffsetDateTime());
        }
        if (q.to() != null) {
            sql.append(" and occurred_at < :to");
            params.put("to", q.to().plusDays(1).atStartOfDay(SWEDEN).toOffsetDateTime());
        }
        if (q.onlyOutsideOwnCaseload()) {
            sql.append(" and own_caseload = false and action in ('VIEW_CASE', 'VIEW_JOURNAL', 'VIEW_PERSON', 'VIEW_APPLICATIONS',"
                    + " 'VIEW_APPLICATION', 'VIEW_CALCULATION', 'VIEW_DECISION', 'DOWNLOAD_DECISION_LETTER')");
        }
        sql.append(" order by occurred_at desc, id desc limit :limit");
        params.put("limit", q.limit());
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> new AccessLogEntry(
                        rs.getLong("id"),
                        rs.getObject("occurred_at", OffsetDateTime.class),
                        rs.getString("username"),
                        rs.getObject("unit_id", UUID.class),
                        AccessAction.valueOf(rs.getString("action")),
                        rs.getObject("case_id", UUID.class),
                        rs.getString("case_number"),
                        rs.getObject("person_id", UUID.class),
                        (Boolean) rs.getObject("own_caseload"),
                        rs.getString("detail"),
                        rs.getString("subject_type") == null ? null : SubjectType.valueOf(rs.getString("subject_type")),
                        rs.getObject("subject_id", UUID.class),
                        caseIds(rs.getArray("case_ids")),
                        rs.getString("client_address"),
                        rs.getString("session_hash"),
                        rs.getString("target_username"),
                        rs.getString("before_state"),
                        rs.getString("after_state")))
                .list();
    }

    /** Client address and session hash of the request being served, captured by {@code RequestOriginFilter}. */
    private static Origin origin() {
        return RequestOrigin.current().orElse(NO_ORIGIN);
    }

    private static boolean isList(AccessEvent event) {
        return event.subject() != null && event.subject().type() == SubjectType.LIST;
    }

    private static List<UUID> caseIds(Array array) throws SQLException {
        return array == null ? List.of() : List.of((UUID[]) array.getArray());
    }
}
