package se.ebba.monthly.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.ebba.application.domain.ApplicationId;
import se.ebba.calculation.domain.CalculationInput;
import se.ebba.casefile.domain.CaseId;
import se.ebba.monthly.domain.ChecklistItem;
import se.ebba.monthly.domain.Deposit;
import se.ebba.monthly.domain.ItemRule;
import se.ebba.monthly.domain.MonthlyApplication;
import se.ebba.monthly.domain.MonthlyApplicationId;
import se.ebba.monthly.domain.MonthlyDocumentRequest;
import se.ebba.monthly.domain.MonthlyFacts;
import se.ebba.monthly.domain.Statement;
import se.ebba.monthly.internal.MonthlyRecords;
import se.ebba.shared.ConcurrentEditException;
import tools.jackson.databind.json.JsonMapper;

/** Versions with the month's input as JSON; statements and deposits in rows of their own; all append-only. */
@Repository
class JdbcMonthlyRecords implements MonthlyRecords {

    private static final String CURRENT = """
            select v.*, v.input::text as input_json from monthly_application_version v
            where not exists (select 1 from monthly_application_version later where later.replaces_id = v.id)
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcMonthlyRecords(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public List<ChecklistItem> checklist() {
        return jdbc.sql("select * from monthly_checklist_item order by position, valid_from")
                .query((rs, n) -> new ChecklistItem(rs.getString("code"), rs.getInt("position"), rs.getString("text"),
                        rs.getString("request_text"), ItemRule.valueOf(rs.getString("rule")), rs.getObject("valid_from", LocalDate.class),
                        Optional.ofNullable(rs.getObject("valid_to", LocalDate.class)), rs.getString("source")))
                .list();
    }

    @Override
    public void add(MonthlyApplication v, List<String> missing) {
        try {
            insert(v, missing);
        } catch (DuplicateKeyException e) {
            // Someone else registered the month, or corrected the same version, at the same moment.
            throw new ConcurrentEditException("Någon annan har registrerat eller rättat månadsansökan samtidigt. Ladda om sidan och se ändringen.");
        }
    }

    private void insert(MonthlyApplication v, List<String> missing) {
        jdbc.sql("""
                        insert into monthly_application_version (id, application_id, case_id, benefit_month, received_on, late, version_no,
                            replaces_id, input, documents, missing, note, recorded_by, recorded_by_name, recorded_at)
                        values (:id, :app, :case, :month, :received, :late, :no, :replaces, cast(:input as jsonb), :documents, :missing,
                            :note, :by, :byName, :at)""")
                .param("id", v.id().value()).param("app", v.applicationId().value()).param("case", v.caseId().value())
                .param("month", v.month().atDay(1)).param("received", v.receivedOn()).param("late", v.late())
                .param("no", v.versionNo()).param("replaces", v.replaces().map(MonthlyApplicationId::value).orElse(null))
                .param("input", json.writeValueAsString(v.facts().input()))
                .param("documents", v.facts().documents().stream().sorted().toArray(String[]::new))
                .param("missing", missing.toArray(String[]::new)).param("note", v.facts().note())
                .param("by", v.recorded().by()).param("byName", v.recorded().byName()).param("at", Timestamp.from(v.recorded().at()))
                .update();
        for (int i = 0; i < v.facts().statements().size(); i++) {
            Statement s = v.facts().statements().get(i);
            UUID statementId = UUID.randomUUID();
            jdbc.sql("""
                            insert into monthly_bank_statement (id, version_id, position, account, period_from, period_to)
                            values (:id, :version, :position, :account, :from, :to)""")
                    .param("id", statementId).param("version", v.id().value()).param("position", i).param("account", s.account().strip())
                    .param("from", s.from()).param("to", s.to()).update();
            for (int j = 0; j < s.deposits().size(); j++) {
                Deposit d = s.deposits().get(j);
                jdbc.sql("""
                                insert into monthly_deposit (id, statement_id, position, booked_on, amount, accounted_by)
                                values (:id, :statement, :position, :on, :amount, :accountedBy)""")
                        .param("id", UUID.randomUUID()).param("statement", statementId).param("position", j).param("on", d.bookedOn())
                        .param("amount", d.amount()).param("accountedBy", d.accountedBy().isPresent() ? d.accountedBy().getAsInt() : null)
                        .update();
            }
        }
    }

    @Override
    public Optional<MonthlyApplication> current(ApplicationId applicationId) {
        return jdbc.sql(CURRENT + " and v.application_id = :app").param("app", applicationId.value())
                .query(this::row).optional().map(Row::version);
    }

    @Override
    public List<MonthlyApplication> currentOfCase(CaseId caseId) {
        return jdbc.sql(CURRENT + " and v.case_id = :case order by v.benefit_month desc, v.recorded_at desc").param("case", caseId.value())
                .query(this::row).list().stream().map(Row::version).toList();
    }

    @Override
    public Map<CaseId, Recorded> currentOfMonth(Collection<CaseId> cases, YearMonth month) {
        Map<CaseId, Recorded> byCase = new LinkedHashMap<>();
        if (cases.isEmpty()) {
            return byCase;
        }
        jdbc.sql(CURRENT + " and v.benefit_month = :month and v.case_id = any(:cases) order by v.recorded_at")
                .param("month", month.atDay(1)).param("cases", cases.stream().map(CaseId::value).toArray(UUID[]::new))
                .query(this::row).list()
                .forEach(r -> byCase.put(r.version().caseId(), new Recorded(r.version(), r.missing())));
        return byCase;
    }

    private record Row(MonthlyApplication version, List<String> missing) {
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        MonthlyFacts facts = new MonthlyFacts(json.readValue(rs.getString("input_json"), CalculationInput.class), statements(id),
                new HashSet<>(strings(rs.getArray("documents"))), rs.getString("note"));
        MonthlyApplication version = new MonthlyApplication(new MonthlyApplicationId(id), new ApplicationId(rs.getObject("application_id", UUID.class)),
                new CaseId(rs.getObject("case_id", UUID.class)), YearMonth.from(rs.getObject("benefit_month", LocalDate.class)),
                rs.getObject("received_on", LocalDate.class), rs.getBoolean("late"), rs.getInt("version_no"),
                Optional.ofNullable(rs.getObject("replaces_id", UUID.class)).map(MonthlyApplicationId::new), facts,
                new MonthlyApplication.Recorded(rs.getObject("recorded_by", UUID.class), rs.getString("recorded_by_name"),
                        rs.getTimestamp("recorded_at").toInstant()));
        return new Row(version, strings(rs.getArray("missing")));
    }

    private List<Statement> statements(UUID versionId) {
        Map<UUID, List<Deposit>> deposits = new LinkedHashMap<>();
        jdbc.sql("""
                        select d.* from monthly_deposit d join monthly_bank_statement s on s.id = d.statement_id
                        where s.version_id = :version order by d.position""")
                .param("version", versionId)
                .query((rs, n) -> {
                    Object accountedBy = rs.getObject("accounted_by");
                    deposits.computeIfAbsent(rs.getObject("statement_id", UUID.class), k -> new ArrayList<>())
                            .add(new Deposit(rs.getObject("booked_on", LocalDate.class), rs.getLong("amount"),
                                    accountedBy == null ? OptionalInt.empty() : OptionalInt.of(((Number) accountedBy).intValue())));
                    return null;
                }).list();
        return jdbc.sql("select * from monthly_bank_statement where version_id = :version order by position").param("version", versionId)
                .query((rs, n) -> new Statement(rs.getString("account"), rs.getObject("period_from", LocalDate.class),
                        rs.getObject("period_to", LocalDate.class), deposits.getOrDefault(rs.getObject("id", UUID.class), List.of())))
                .list();
    }

    @Override
    public void add(MonthlyDocumentRequest r, CaseId caseId, UUID by) {
        jdbc.sql("""
                        insert into monthly_document_request (id, application_id, case_id, requested_on, due_on, items, note,
                            requested_by, requested_by_name, requested_at)
                        values (:id, :app, :case, :on, :due, :items, :note, :by, :byName, :at)""")
                .param("id", r.id()).param("app", r.applicationId().value()).param("case", caseId.value())
                .param("on", r.requestedOn()).param("due", r.dueOn()).param("items", r.items().toArray(String[]::new))
                .param("note", r.note()).param("by", by).param("byName", r.requestedByName())
                .param("at", Timestamp.from(r.requestedAt())).update();
    }

    @Override
    public List<MonthlyDocumentRequest> requests(ApplicationId applicationId) {
        return jdbc.sql("select * from monthly_document_request where application_id = :app order by requested_at")
                .param("app", applicationId.value())
                .query((rs, n) -> new MonthlyDocumentRequest(rs.getObject("id", UUID.class), applicationId,
                        rs.getObject("requested_on", LocalDate.class), rs.getObject("due_on", LocalDate.class), strings(rs.getArray("items")),
                        rs.getString("note"), rs.getString("requested_by_name"), rs.getTimestamp("requested_at").toInstant()))
                .list();
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
