package se.ebba.worklist.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.domain.UnitId;
import se.ebba.shared.ConcurrentEditException;
import se.ebba.worklist.domain.Due;
import se.ebba.worklist.domain.Task;
import se.ebba.worklist.domain.TaskId;
import se.ebba.worklist.domain.TaskKind;
import se.ebba.worklist.internal.Tasks;

@Repository
class JdbcTasks implements Tasks {

    private static final String OPEN = "done_on is null and cancelled_on is null";

    private final JdbcClient jdbc;

    JdbcTasks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean addIfNoneOpen(Task t) {
        // The partial unique index (one open task of a kind per case) makes a concurrent second add a no-op.
        return jdbc.sql("""
                        insert into worklist_task (id, case_id, unit_id, kind, due_on, rule, opened_at)
                        values (:id, :case, :unit, :kind, :due, :rule, :at)
                        on conflict (case_id, kind) where done_on is null and cancelled_on is null do nothing
                        """)
                .param("id", t.id().value()).param("case", t.caseId().value()).param("unit", t.unit().value())
                .param("kind", t.kind().name()).param("due", t.due().on()).param("rule", t.due().rule())
                .param("at", t.openedAt().atOffset(ZoneOffset.UTC))
                .update() == 1;
    }

    @Override
    public void update(Task t) {
        int updated = jdbc.sql("""
                        update worklist_task set done_on = :done, cancelled_on = :cancelled, cancel_reason = :reason, version = version + 1
                        where id = :id and version = :version
                        """)
                .param("done", t.doneOn()).param("cancelled", t.cancelledOn()).param("reason", t.cancelReason())
                .param("id", t.id().value()).param("version", t.version())
                .update();
        if (updated == 0) {
            throw new ConcurrentEditException("Uppgiften har ändrats av någon annan. Ladda om sidan.");
        }
    }

    @Override
    public boolean doneSince(CaseId caseId, TaskKind kind, java.time.LocalDate from) {
        return jdbc.sql("select exists (select 1 from worklist_task where case_id = :case and kind = :kind and done_on >= :from)")
                .param("case", caseId.value()).param("kind", kind.name()).param("from", from)
                .query(Boolean.class).single();
    }

    @Override
    public Optional<Task> openTask(CaseId caseId, TaskKind kind) {
        return jdbc.sql("select * from worklist_task where case_id = :case and kind = :kind and " + OPEN)
                .param("case", caseId.value()).param("kind", kind.name())
                .query((rs, n) -> task(rs)).optional();
    }

    @Override
    public List<Task> openTasks(CaseId caseId) {
        return jdbc.sql("select * from worklist_task where case_id = :case and " + OPEN + " order by due_on")
                .param("case", caseId.value())
                .query((rs, n) -> task(rs)).list();
    }

    @Override
    public List<Task> openTasksOf(Collection<CaseId> cases) {
        if (cases.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from worklist_task where case_id in (:cases) and " + OPEN + " order by due_on, kind")
                .param("cases", cases.stream().map(CaseId::value).distinct().toList())
                .query((rs, n) -> task(rs)).list();
    }

    private static Task task(ResultSet rs) throws SQLException {
        return new Task(new TaskId(rs.getObject("id", UUID.class)), new CaseId(rs.getObject("case_id", UUID.class)),
                new UnitId(rs.getObject("unit_id", UUID.class)), TaskKind.valueOf(rs.getString("kind")),
                new Due(rs.getObject("due_on", LocalDate.class), rs.getString("rule")),
                rs.getObject("opened_at", OffsetDateTime.class).toInstant(),
                rs.getObject("done_on", LocalDate.class), rs.getObject("cancelled_on", LocalDate.class),
                rs.getString("cancel_reason"), rs.getInt("version"));
    }
}
