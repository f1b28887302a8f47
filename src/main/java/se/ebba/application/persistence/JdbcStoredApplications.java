package se.ebba.application.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.ebba.application.domain.Application;
import se.ebba.application.domain.ApplicationId;
import se.ebba.application.domain.ApplicationKind;
import se.ebba.application.domain.ApplicationState;
import se.ebba.application.domain.AppliedItem;
import se.ebba.application.domain.ItemKind;
import se.ebba.application.domain.StateChange;
import se.ebba.application.internal.StoredApplications;
import se.ebba.shared.ConcurrentEditException;

@Repository
class JdbcStoredApplications implements StoredApplications {

    private final JdbcClient jdbc;

    JdbcStoredApplications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(Application a, UUID registeredBy) {
        jdbc.sql("""
                        insert into application (id, case_id, kind, benefit_month, received_on, registered_at, registered_by, state, version)
                        values (:id, :case, :kind, :month, :received, :at, :by, :state, 0)""")
                .param("id", a.id().value()).param("case", a.caseId()).param("kind", a.kind().name())
                .param("month", Date.valueOf(a.month().atDay(1))).param("received", Date.valueOf(a.receivedOn()))
                .param("at", Timestamp.from(a.registeredAt())).param("by", registeredBy).param("state", a.state().name())
                .update();
        insertItems(a.id(), a.items());
        appendChanges(a);
    }

    @Override
    public void saveTransitions(Application a) {
        if (a.changes().isEmpty() && a.itemRevision().isEmpty()) {
            return;
        }
        int updated = jdbc.sql("update application set state = :state, version = version + 1 where id = :id and version = :version")
                .param("state", a.state().name()).param("id", a.id().value()).param("version", a.version()).update();
        if (updated != 1) {
            throw new ConcurrentEditException("Ansökan har ändrats av någon annan medan du arbetade. Ladda om sidan och försök igen.");
        }
        appendChanges(a);
        a.itemRevision().ifPresent(revision -> {
            for (AppliedItem withdrawn : revision.withdrawn()) {
                jdbc.sql("""
                                insert into applied_item_withdrawal (applied_item_id, application_id, withdrawn_at, withdrawn_by, reason)
                                values (:item, :app, :at, :by, :reason)""")
                        .param("item", withdrawn.id()).param("app", a.id().value()).param("at", Timestamp.from(revision.at()))
                        .param("by", revision.by().userId().orElseThrow()).param("reason", revision.reason()).update();
            }
            insertItems(a.id(), revision.added());
        });
    }

    private void insertItems(ApplicationId application, List<AppliedItem> items) {
        for (AppliedItem item : items) {
            jdbc.sql("""
                            insert into applied_item (id, application_id, position, kind, description, amount)
                            values (:id, :app, :pos, :kind, :description, :amount)""")
                    .param("id", item.id()).param("app", application.value()).param("pos", item.position()).param("kind", item.kind().name())
                    .param("description", item.description()).param("amount", item.amount() == null ? null : Math.toIntExact(item.amount()))
                    .update();
        }
    }

    private void appendChanges(Application a) {
        for (StateChange change : a.changes()) {
            jdbc.sql("""
                            insert into application_state_change (application_id, from_state, to_state, changed_at, changed_by, changed_by_name, reason)
                            values (:app, :from, :to, :at, :by, :name, :reason)""")
                    .param("app", a.id().value()).param("from", change.from().map(Enum::name).orElse(null)).param("to", change.to().name())
                    .param("at", Timestamp.from(change.at())).param("by", change.by().userId().orElse(null))
                    .param("name", change.by().name()).param("reason", change.reason()).update();
        }
    }

    @Override
    public Optional<Application> application(ApplicationId id) {
        return applications("where a.id = :id", "id", id.value()).stream().findFirst();
    }

    @Override
    public List<Application> applicationsOfCase(UUID caseId) {
        return applications("where a.case_id = :case", "case", caseId);
    }

    @Override
    public List<StateChange> history(ApplicationId id) {
        return jdbc.sql("""
                        select from_state, to_state, changed_at, changed_by, changed_by_name, reason from application_state_change
                        where application_id = :id order by changed_at, id""").param("id", id.value())
                .query((rs, n) -> new StateChange(Optional.ofNullable(rs.getString("from_state")).map(ApplicationState::valueOf),
                        ApplicationState.valueOf(rs.getString("to_state")), rs.getTimestamp("changed_at").toInstant(),
                        new StateChange.Actor(Optional.ofNullable(rs.getObject("changed_by", UUID.class)), rs.getString("changed_by_name")),
                        rs.getString("reason"))).list();
    }

    @Override
    public boolean hasOpenApplication(UUID caseId) {
        return jdbc.sql("select exists (select 1 from application where case_id = :case and state in (:open))").param("case", caseId)
                .param("open", java.util.Arrays.stream(ApplicationState.values()).filter(ApplicationState::open).map(Enum::name).toList())
                .query(Boolean.class).single();
    }

    /** The applications with their applied items, in one round trip (a row per item, or one for an application without items). */
    private List<Application> applications(String where, String name, UUID value) {
        record Row(UUID id, UUID caseId, ApplicationKind kind, YearMonth month, LocalDate received, Instant at, ApplicationState state,
                   long version, List<AppliedItem> items) {
        }
        Map<UUID, Row> rows = new LinkedHashMap<>();
        jdbc.sql("""
                        select a.id, a.case_id, a.kind, a.benefit_month, a.received_on, a.registered_at, a.state, a.version,
                               i.id as item_id, i.position, i.kind as item_kind, i.description, i.amount
                        from application a left join applied_item i on i.application_id = a.id
                             and not exists (select 1 from applied_item_withdrawal w where w.applied_item_id = i.id)
                        """ + where + " order by a.benefit_month desc, a.registered_at desc, a.id, i.position").param(name, value)
                .query((ResultSet rs) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    Row row = rows.get(id);
                    if (row == null) {
                        row = new Row(id, rs.getObject("case_id", UUID.class), ApplicationKind.valueOf(rs.getString("kind")),
                                YearMonth.from(rs.getDate("benefit_month").toLocalDate()), rs.getDate("received_on").toLocalDate(),
                                rs.getTimestamp("registered_at").toInstant(), ApplicationState.valueOf(rs.getString("state")),
                                rs.getLong("version"), new ArrayList<>());
                        rows.put(id, row);
                    }
                    UUID item = rs.getObject("item_id", UUID.class);
                    if (item != null) {
                        row.items().add(new AppliedItem(item, rs.getInt("position"), ItemKind.valueOf(rs.getString("item_kind")),
                                rs.getString("description"), rs.getObject("amount") == null ? null : rs.getLong("amount")));
                    }
                });
        return rows.values().stream().map(r -> new Application(new ApplicationId(r.id()), r.caseId(), r.kind(), r.month(), r.received(),
                r.items(), r.at(), r.state(), r.version())).toList();
    }
}
