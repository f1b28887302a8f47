package se.ebba.worklist.persistence;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.ebba.casefile.domain.CaseId;
import se.ebba.casefile.domain.CaseState;
import se.ebba.identity.domain.UnitId;
import se.ebba.worklist.domain.CaseActivity;
import se.ebba.worklist.internal.CaseActivities;

@Repository
class JdbcCaseActivities implements CaseActivities {

    private final JdbcClient jdbc;

    JdbcCaseActivities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void follow(CaseId caseId, UnitId unit, CaseState state, LocalDate quietSince) {
        jdbc.sql("""
                        insert into worklist_case (case_id, unit_id, state, quiet_since) values (:case, :unit, :state, :since)
                        on conflict (case_id) do nothing
                        """)
                .param("case", caseId.value()).param("unit", unit.value()).param("state", state.name()).param("since", quietSince)
                .update();
    }

    @Override
    public Optional<CaseState> state(CaseId caseId) {
        return jdbc.sql("select state from worklist_case where case_id = :case for update").param("case", caseId.value())
                .query(String.class).optional().map(CaseState::valueOf);
    }

    @Override
    public void stateChanged(CaseId caseId, CaseState state, LocalDate on) {
        jdbc.sql("""
                        update worklist_case
                        set quiet_since = case when :state <> 'CLOSED' then greatest(quiet_since, :on) else quiet_since end,
                            state = :state, version = version + 1
                        where case_id = :case
                        """)
                .param("case", caseId.value()).param("state", state.name()).param("on", on)
                .update();
    }

    @Override
    public void applicationRegistered(UUID applicationId, CaseId caseId, YearMonth month, LocalDate on) {
        jdbc.sql("""
                        insert into worklist_application (application_id, case_id, benefit_month, registered_on) values (:id, :case, :month, :on)
                        on conflict (application_id) do nothing
                        """)
                .param("id", applicationId).param("case", caseId.value()).param("month", month.atDay(1)).param("on", on)
                .update();
        jdbc.sql("update worklist_case set quiet_since = greatest(quiet_since, :on), version = version + 1 where case_id = :case")
                .param("case", caseId.value()).param("on", on).update();
    }

    @Override
    public void decided(CaseId caseId, YearMonth month, LocalDate on) {
        jdbc.sql("""
                        update worklist_application set decided_on = :on
                        where case_id = :case and benefit_month = :month and decided_on is null
                        """)
                .param("case", caseId.value()).param("month", month.atDay(1)).param("on", on).update();
    }

    @Override
    public void appealLodged(CaseId caseId) {
        jdbc.sql("update worklist_case set open_appeals = open_appeals + 1, version = version + 1 where case_id = :case")
                .param("case", caseId.value()).update();
    }

    @Override
    public void appealSettled(CaseId caseId) {
        jdbc.sql("update worklist_case set open_appeals = greatest(open_appeals - 1, 0), version = version + 1 where case_id = :case")
                .param("case", caseId.value()).update();
    }

    @Override
    public void recoveryOpened(CaseId caseId) {
        jdbc.sql("""
                        insert into worklist_recovery (case_id, opened) values (:case, 1)
                        on conflict (case_id) do update set opened = worklist_recovery.opened + 1, version = worklist_recovery.version + 1
                        """).param("case", caseId.value()).update();
    }

    @Override
    public void recoveryClosed(CaseId caseId) {
        jdbc.sql("""
                        insert into worklist_recovery (case_id, closed) values (:case, 1)
                        on conflict (case_id) do update set closed = worklist_recovery.closed + 1, version = worklist_recovery.version + 1
                        """).param("case", caseId.value()).update();
    }

    @Override
    public Optional<CaseActivity> activity(CaseId caseId) {
        return jdbc.sql("""
                        select c.state, c.quiet_since, c.open_appeals,
                               (select count(*) from worklist_application a where a.case_id = c.case_id and a.decided_on is null) as undecided,
                               exists (select 1 from worklist_recovery r where r.case_id = c.case_id and r.opened > r.closed) as open_recovery
                        from worklist_case c where c.case_id = :case
                        """)
                .param("case", caseId.value())
                .query((rs, n) -> new CaseActivity(CaseState.valueOf(rs.getString("state")), rs.getObject("quiet_since", LocalDate.class),
                        rs.getInt("undecided"), rs.getInt("open_appeals"), rs.getBoolean("open_recovery")))
                .optional();
    }

    @Override
    public List<Followed> ongoing(Optional<UnitId> unit) {
        return jdbc.sql("select case_id, unit_id from worklist_case where state = 'OPEN_ONGOING'"
                        + (unit.isPresent() ? " and unit_id = :unit" : "") + " order by quiet_since")
                .params(unit.isPresent() ? java.util.Map.of("unit", unit.get().value()) : java.util.Map.of())
                .query((rs, n) -> new Followed(new CaseId(rs.getObject("case_id", UUID.class)), new UnitId(rs.getObject("unit_id", UUID.class))))
                .list();
    }
}
