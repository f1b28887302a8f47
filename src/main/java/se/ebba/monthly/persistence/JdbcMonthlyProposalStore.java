package se.ebba.monthly.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.ebba.application.domain.ApplicationId;
import se.ebba.calculation.domain.InputChanges;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.domain.UnitId;
import se.ebba.monthly.domain.MonthlyProposal;
import se.ebba.monthly.domain.MonthlyProposalId;
import se.ebba.monthly.domain.ProposalFlag;
import se.ebba.monthly.domain.ProposalFlagKind;
import se.ebba.monthly.domain.ProposalOutcome;
import se.ebba.monthly.internal.MonthlyProposalStore;

@Repository
class JdbcMonthlyProposalStore implements MonthlyProposalStore {

    private final JdbcClient jdbc;

    JdbcMonthlyProposalStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean existsFor(ApplicationId applicationId) {
        return jdbc.sql("select exists (select 1 from monthly_proposal where application_id = :app)")
                .param("app", applicationId.value()).query(Boolean.class).single();
    }

    @Override
    public boolean saveOnce(MonthlyProposal p) {
        int stored = jdbc.sql("""
                        insert into monthly_proposal (id, application_id, case_id, case_number, unit_id, benefit_month, calculation_id, total, job_stimulus,
                                                      recurring, late, completed_at, prepared_at)
                        values (:id, :app, :case, :number, :unit, :month, :calculation, :total, :job, :recurring, :late, :completed, :prepared)
                        on conflict (application_id) do nothing""")
                .param("id", p.id().value()).param("app", p.applicationId().value()).param("case", p.caseId().value()).param("number", p.caseNumber())
                .param("unit", p.unit().value()).param("month", p.month().atDay(1)).param("calculation", p.calculationId())
                .param("total", Math.toIntExact(p.total())).param("job", p.jobStimulus()).param("recurring", p.recurring())
                .param("late", p.late()).param("completed", utc(p.completedAt())).param("prepared", utc(p.preparedAt())).update();
        if (stored == 0) {
            return false;
        }
        List<InputChanges.Change> changes = p.changes().changes();
        for (int i = 0; i < changes.size(); i++) {
            InputChanges.Change c = changes.get(i);
            jdbc.sql("""
                            insert into monthly_proposal_change (proposal_id, position, area, subject, before, after)
                            values (:id, :position, :area, :subject, :before, :after)""")
                    .param("id", p.id().value()).param("position", i).param("area", c.area().name()).param("subject", c.subject())
                    .param("before", c.before()).param("after", c.after()).update();
        }
        for (int i = 0; i < p.flags().size(); i++) {
            ProposalFlag f = p.flags().get(i);
            jdbc.sql("insert into monthly_proposal_flag (proposal_id, position, kind, detail) values (:id, :position, :kind, :detail)")
                    .param("id", p.id().value()).param("position", i).param("kind", f.kind().name()).param("detail", f.detail()).update();
        }
        return true;
    }

    @Override
    public Optional<MonthlyProposal> find(MonthlyProposalId id) {
        return load("select * from monthly_proposal where id = :id", Map.of("id", id.value())).stream().findFirst();
    }

    @Override
    public Optional<MonthlyProposal> ofApplication(ApplicationId applicationId) {
        return load("select * from monthly_proposal where application_id = :app", Map.of("app", applicationId.value())).stream().findFirst();
    }

    @Override
    public List<MonthlyProposal> ofUnit(UnitId unit, YearMonth month) {
        return load("select * from monthly_proposal where unit_id = :unit and benefit_month = :month order by prepared_at, id",
                Map.of("unit", unit.value(), "month", month.atDay(1)));
    }

    @Override
    public void recordOutcome(MonthlyProposalId id, ProposalOutcome o, UUID byUser) {
        jdbc.sql("""
                        insert into monthly_proposal_outcome (id, proposal_id, outcome, decision_id, by_user, by_name, at)
                        values (:id, :proposal, :outcome, :decision, :by, :name, :at)""")
                .param("id", UUID.randomUUID()).param("proposal", id.value()).param("outcome", o.kind().name())
                .param("decision", o.decisionId()).param("by", byUser).param("name", o.byName()).param("at", utc(o.at())).update();
    }

    private List<MonthlyProposal> load(String sql, Map<String, Object> params) {
        List<MonthlyProposal> heads = jdbc.sql(sql).params(params).query(JdbcMonthlyProposalStore::head).list();
        if (heads.isEmpty()) {
            return heads;
        }
        UUID[] ids = heads.stream().map(h -> h.id().value()).toArray(UUID[]::new);
        Map<UUID, List<InputChanges.Change>> changes = jdbc.sql(
                        "select * from monthly_proposal_change where proposal_id = any(:ids) order by proposal_id, position")
                .param("ids", ids).query((rs, n) -> Map.entry(rs.getObject("proposal_id", UUID.class), new InputChanges.Change(
                        InputChanges.Area.valueOf(rs.getString("area")), rs.getString("subject"), rs.getLong("before"), rs.getLong("after"))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        Map<UUID, List<ProposalFlag>> flags = jdbc.sql("select * from monthly_proposal_flag where proposal_id = any(:ids) order by proposal_id, position")
                .param("ids", ids).query((rs, n) -> Map.entry(rs.getObject("proposal_id", UUID.class),
                        new ProposalFlag(ProposalFlagKind.valueOf(rs.getString("kind")), rs.getString("detail"))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        Map<UUID, ProposalOutcome> outcomes = jdbc.sql("""
                        select distinct on (proposal_id) * from monthly_proposal_outcome where proposal_id = any(:ids)
                        order by proposal_id, at desc""")
                .param("ids", ids).query((rs, n) -> Map.entry(rs.getObject("proposal_id", UUID.class), new ProposalOutcome(
                        ProposalOutcome.Kind.valueOf(rs.getString("outcome")), rs.getObject("decision_id", UUID.class), rs.getString("by_name"),
                        instant(rs, "at")))).list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<MonthlyProposal> full = new ArrayList<>();
        for (MonthlyProposal h : heads) {
            UUID id = h.id().value();
            full.add(new MonthlyProposal(h.id(), h.applicationId(), h.caseId(), h.caseNumber(), h.unit(), h.month(), h.calculationId(), h.total(),
                    h.jobStimulus(), h.recurring(), h.late(), new InputChanges(changes.getOrDefault(id, List.of())),
                    flags.getOrDefault(id, List.of()), h.completedAt(), h.preparedAt(), Optional.ofNullable(outcomes.get(id))));
        }
        return full;
    }

    private static MonthlyProposal head(ResultSet rs, int n) throws SQLException {
        return new MonthlyProposal(new MonthlyProposalId(rs.getObject("id", UUID.class)), new ApplicationId(rs.getObject("application_id", UUID.class)),
                new CaseId(rs.getObject("case_id", UUID.class)), rs.getString("case_number"), new UnitId(rs.getObject("unit_id", UUID.class)),
                YearMonth.from(rs.getDate("benefit_month").toLocalDate()), rs.getObject("calculation_id", UUID.class), rs.getLong("total"),
                rs.getString("job_stimulus"), rs.getBoolean("recurring"), rs.getBoolean("late"), new InputChanges(List.of()), List.of(),
                instant(rs, "completed_at"), instant(rs, "prepared_at"), Optional.empty());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
