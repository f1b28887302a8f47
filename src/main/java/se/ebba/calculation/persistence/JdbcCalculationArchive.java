package se.ebba.calculation.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.ebba.calculation.CalculationArchive;
import se.ebba.calculation.SavedCalculation;
import se.ebba.calculation.domain.CalculationInput;
import se.ebba.calculation.domain.CalculationResult;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.domain.UnitId;
import se.ebba.identity.domain.UserId;
import se.ebba.shared.infra.ImmutableRows;
import tools.jackson.databind.json.JsonMapper;

/** Saved calculations as JSON (input and result) next to the norm table row they used. */
@Repository
class JdbcCalculationArchive implements CalculationArchive {

    private static final String SELECT = "select id, case_id, unit_id, benefit_month, norm_table_id, input::text as input,"
            + " result::text as result, created_at from saved_calculation ";

    /** A saved calculation never changes (a new calculation is a new row), so it is kept once read. */
    static final long KEPT_CALCULATIONS = 20_000;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ImmutableRows<UUID, SavedCalculation> saved = new ImmutableRows<>(KEPT_CALCULATIONS);

    JdbcCalculationArchive(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void save(SavedCalculation c, UserId by) {
        jdbc.sql("""
                        insert into saved_calculation (id, case_id, benefit_month, unit_id, norm_table_id, input, result, result_amount,
                                                       created_at, created_by)
                        values (:id, :case, :month, :unit, :table, cast(:input as jsonb), cast(:result as jsonb), :amount, :at, :by)""")
                .param("id", c.id()).param("case", c.caseId().value()).param("month", c.month().atDay(1))
                .param("unit", c.unit().value()).param("table", c.normTableId())
                .param("input", json.writeValueAsString(c.input())).param("result", json.writeValueAsString(c.result()))
                .param("amount", Math.toIntExact(c.result().result())).param("at", Timestamp.from(c.createdAt()))
                .param("by", by.value()).update();
    }

    @Override
    public Optional<SavedCalculation> find(UUID id) {
        return saved.get(id, key -> jdbc.sql(SELECT + "where id = :id").param("id", key).query(this::map).optional());
    }

    @Override
    public Optional<SavedCalculation> latest(CaseId caseId, YearMonth month) {
        return jdbc.sql(SELECT + "where case_id = :case and benefit_month = :month order by created_at desc limit 1")
                .param("case", caseId.value()).param("month", month.atDay(1)).query(this::map).optional();
    }

    private SavedCalculation map(ResultSet rs, int row) throws SQLException {
        return new SavedCalculation(rs.getObject("id", UUID.class), new CaseId(rs.getObject("case_id", UUID.class)),
                new UnitId(rs.getObject("unit_id", UUID.class)), YearMonth.from(rs.getDate("benefit_month").toLocalDate()),
                rs.getLong("norm_table_id"), json.readValue(rs.getString("input"), CalculationInput.class),
                json.readValue(rs.getString("result"), CalculationResult.class), rs.getTimestamp("created_at").toInstant());
    }
}
