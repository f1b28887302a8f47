package se.ebba.appeal.persistence;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.ebba.appeal.domain.Appeal;
import se.ebba.appeal.domain.AppealStepKind;
import se.ebba.appeal.internal.LodgedAppeals;

@Repository
class JdbcLodgedAppeals implements LodgedAppeals {

    private final JdbcClient jdbc;

    JdbcLodgedAppeals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(Appeal a, UUID registeredBy) {
        jdbc.sql("""
                        insert into appeal (id, decision_id, received_on, in_time, summary, registered_at, registered_by)
                        values (:id, :decision, :received, :inTime, :summary, :at, :by)""")
                .param("id", a.id()).param("decision", a.decisionId()).param("received", Date.valueOf(a.receivedOn()))
                .param("inTime", a.inTime()).param("summary", a.summary()).param("at", Timestamp.from(a.registeredAt()))
                .param("by", registeredBy).update();
    }

    @Override
    public Optional<Appeal> appeal(UUID id) {
        return appeals("id = :id", id).stream().findFirst();
    }

    @Override
    public List<Appeal> appeals(UUID decisionId) {
        return appeals("decision_id = :id", decisionId);
    }

    private List<Appeal> appeals(String where, UUID value) {
        return jdbc.sql("select * from appeal where " + where + " order by registered_at").param("id", value).query((rs, n) -> {
            UUID id = rs.getObject("id", UUID.class);
            return new Appeal(id, rs.getObject("decision_id", UUID.class), rs.getDate("received_on").toLocalDate(), rs.getBoolean("in_time"),
                    rs.getString("summary"), rs.getTimestamp("registered_at").toInstant(), List.of());
        }).list().stream().map(a -> new Appeal(a.id(), a.decisionId(), a.receivedOn(), a.inTime(), a.summary(), a.registeredAt(),
                jdbc.sql("select step, step_date, note, recorded_at, recorded_by_name from appeal_step where appeal_id = :id")
                        .param("id", a.id())
                        .query((rs, n) -> new Appeal.Step(AppealStepKind.valueOf(rs.getString(1)), rs.getDate(2).toLocalDate(),
                                rs.getString(3), rs.getTimestamp(4).toInstant(), rs.getString(5))).list())).toList();
    }

    @Override
    public void addStep(UUID appealId, Appeal.Step step, UUID recordedBy) {
        jdbc.sql("""
                        insert into appeal_step (id, appeal_id, step, step_date, note, recorded_at, recorded_by, recorded_by_name)
                        values (:id, :appeal, :step, :date, :note, :at, :by, :name)""")
                .param("id", UUID.randomUUID()).param("appeal", appealId).param("step", step.kind().name())
                .param("date", Date.valueOf(step.date())).param("note", step.note()).param("at", Timestamp.from(step.recordedAt()))
                .param("by", recordedBy).param("name", step.recordedByName()).update();
    }
}
