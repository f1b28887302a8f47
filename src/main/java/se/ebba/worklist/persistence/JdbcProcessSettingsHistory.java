package se.ebba.worklist.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.ebba.identity.domain.UnitId;
import se.ebba.identity.domain.UserId;
import se.ebba.worklist.domain.ProcessSettings;
import se.ebba.worklist.internal.ProcessSettingsHistory;

@Repository
class JdbcProcessSettingsHistory implements ProcessSettingsHistory {

    private final JdbcClient jdbc;

    JdbcProcessSettingsHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ProcessSettings> validOn(UnitId unit, LocalDate day) {
        // The unit's own row first; the general default (no unit) only for a unit with no row of its own valid then.
        return jdbc.sql("""
                        select * from process_setting
                        where (unit_id = :unit or unit_id is null) and valid_from <= :day
                        order by unit_id is null, valid_from desc, recorded_at desc
                        limit 1
                        """)
                .param("unit", unit.value()).param("day", day)
                .query((rs, n) -> settings(rs)).optional();
    }

    @Override
    public List<Recorded> history(UnitId unit) {
        return jdbc.sql("""
                        select s.*, u.display_name from process_setting s left join user_account u on u.id = s.recorded_by
                        where s.unit_id = :unit order by s.valid_from desc, s.recorded_at desc
                        """)
                .param("unit", unit.value())
                .query((rs, n) -> new Recorded(settings(rs), rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                        rs.getString("display_name") == null ? "Ebba (införande)" : rs.getString("display_name")))
                .list();
    }

    @Override
    public void add(UnitId unit, ProcessSettings s, UserId by, Instant at) {
        jdbc.sql("""
                        insert into process_setting (id, unit_id, valid_from, summons_days, first_meeting_days, decision_days, plan_days,
                                                     follow_up_months, close_after_months, return_within_months, source, recorded_at, recorded_by)
                        values (:id, :unit, :from, :summons, :meeting, :decision, :plan, :followUp, :close, :return, :source, :at, :by)
                        """)
                .param("id", UUID.randomUUID()).param("unit", unit.value()).param("from", s.validFrom())
                .param("summons", s.summonsDays()).param("meeting", s.firstMeetingDays()).param("decision", s.decisionDays())
                .param("plan", s.planDays()).param("followUp", s.followUpMonths()).param("close", s.closeAfterMonths())
                .param("return", s.returnWithinMonths()).param("source", s.source())
                .param("at", at.atOffset(ZoneOffset.UTC)).param("by", by.value())
                .update();
    }

    private static ProcessSettings settings(ResultSet rs) throws SQLException {
        return new ProcessSettings(rs.getObject("valid_from", LocalDate.class), rs.getInt("summons_days"), rs.getInt("first_meeting_days"),
                rs.getInt("decision_days"), rs.getInt("plan_days"), rs.getInt("follow_up_months"), rs.getInt("close_after_months"),
                rs.getInt("return_within_months"), rs.getString("source"));
    }
}
