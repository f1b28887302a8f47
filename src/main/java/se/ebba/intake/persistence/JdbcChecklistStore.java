package se.ebba.intake.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.domain.UserId;
import se.ebba.intake.domain.BankStatement;
import se.ebba.intake.domain.ChecklistItem;
import se.ebba.intake.domain.ChecklistItemId;
import se.ebba.intake.domain.ChecklistMark;
import se.ebba.intake.ChecklistStatus;
import se.ebba.intake.domain.DocumentRequest;
import se.ebba.intake.domain.Recorded;
import se.ebba.intake.internal.ChecklistStore;

@Repository
class JdbcChecklistStore implements ChecklistStore {

    private final JdbcClient jdbc;

    JdbcChecklistStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ChecklistItem> items() {
        return jdbc.sql("select * from checklist_item order by position, valid_from").query((rs, n) -> new ChecklistItem(
                new ChecklistItemId(rs.getObject("id", UUID.class)), rs.getString("code"), rs.getInt("position"), rs.getString("topic"),
                rs.getString("text"), rs.getString("bring_text"), rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class), rs.getString("source"))).list();
    }

    @Override
    public List<ChecklistMark> marks(CaseId caseId) {
        return jdbc.sql("select * from checklist_mark where case_id = :case order by marked_at").param("case", caseId.value())
                .query((rs, n) -> new ChecklistMark(rs.getObject("id", UUID.class), caseId,
                        new ChecklistItemId(rs.getObject("item_id", UUID.class)), ChecklistStatus.valueOf(rs.getString("status")),
                        rs.getString("note"), recorded(rs, "marked_by", "marked_by_name", "marked_at"))).list();
    }

    @Override
    public void add(ChecklistMark m) {
        jdbc.sql("""
                insert into checklist_mark (id, case_id, item_id, status, note, marked_by, marked_by_name, marked_at)
                values (:id, :case, :item, :status, :note, :by, :byName, :at)""")
                .param("id", m.id()).param("case", m.caseId().value()).param("item", m.item().value()).param("status", m.status().name())
                .param("note", m.note()).param("by", m.recorded().by().value()).param("byName", m.recorded().byName())
                .param("at", m.recorded().at().atOffset(ZoneOffset.UTC)).update();
    }

    @Override
    public List<DocumentRequest> requests(CaseId caseId) {
        return jdbc.sql("select * from document_request where case_id = :case order by requested_at").param("case", caseId.value())
                .query((rs, n) -> new DocumentRequest(rs.getObject("id", UUID.class), caseId, rs.getObject("requested_on", LocalDate.class),
                        rs.getObject("due_on", LocalDate.class), strings(rs.getArray("items")), rs.getString("note"),
                        recorded(rs, "requested_by", "requested_by_name", "requested_at"))).list();
    }

    @Override
    public void add(DocumentRequest r) {
        jdbc.sql("""
                insert into document_request (id, case_id, requested_on, due_on, items, note, requested_by, requested_by_name, requested_at)
                values (:id, :case, :on, :due, :items, :note, :by, :byName, :at)""")
                .param("id", r.id()).param("case", r.caseId().value()).param("on", r.requestedOn()).param("due", r.dueOn())
                .param("items", r.items().toArray(String[]::new)).param("note", r.note())
                .param("by", r.recorded().by().value()).param("byName", r.recorded().byName())
                .param("at", r.recorded().at().atOffset(ZoneOffset.UTC)).update();
    }

    @Override
    public List<BankStatement> statements(CaseId caseId) {
        return jdbc.sql("select * from bank_statement where case_id = :case order by recorded_at").param("case", caseId.value())
                .query((rs, n) -> new BankStatement(rs.getObject("id", UUID.class), caseId, rs.getString("account"),
                        rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
                        recorded(rs, "recorded_by", "recorded_by_name", "recorded_at"))).list();
    }

    @Override
    public void add(BankStatement s) {
        jdbc.sql("""
                insert into bank_statement (id, case_id, account, period_from, period_to, recorded_by, recorded_by_name, recorded_at)
                values (:id, :case, :account, :from, :to, :by, :byName, :at)""")
                .param("id", s.id()).param("case", s.caseId().value()).param("account", s.account()).param("from", s.from())
                .param("to", s.to()).param("by", s.recorded().by().value()).param("byName", s.recorded().byName())
                .param("at", s.recorded().at().atOffset(ZoneOffset.UTC)).update();
    }

    static Recorded recorded(ResultSet rs, String by, String name, String at) throws SQLException {
        return new Recorded(new UserId(rs.getObject(by, UUID.class)), rs.getString(name), rs.getObject(at, OffsetDateTime.class).toInstant());
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
