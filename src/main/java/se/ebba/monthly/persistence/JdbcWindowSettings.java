package se.ebba.monthly.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.ebba.identity.domain.UnitId;
import se.ebba.identity.domain.UserId;
import se.ebba.monthly.domain.ApplicationWindow;
import se.ebba.monthly.internal.WindowSettings;

@Repository
class JdbcWindowSettings implements WindowSettings {

    private final JdbcClient jdbc;

    JdbcWindowSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ApplicationWindow> validOn(UnitId unit, LocalDate day) {
        // The unit's own row first; the general default (no unit) only for a unit with no row of its own valid then.
        return jdbc.sql("""
                        select * from monthly_window_setting
                        where (unit_id = :unit or unit_id is null) and valid_from <= :day
                        order by unit_id is null, valid_from desc, recorded_at desc
                        limit 1""")
                .param("unit", unit.value()).param("day", day).query((rs, n) -> window(rs)).optional();
    }

    @Override
    public List<Recorded> history(UnitId unit) {
        return jdbc.sql("""
                        select s.*, u.display_name from monthly_window_setting s left join user_account u on u.id = s.recorded_by
                        where s.unit_id = :unit order by s.valid_from desc, s.recorded_at desc""")
                .param("unit", unit.value())
                .query((rs, n) -> new Recorded(window(rs), rs.getTimestamp("recorded_at").toInstant(),
                        rs.getString("display_name") == null ? "Ebba (införande)" : rs.getString("display_name")))
                .list();
    }

    @Override
    public void add(UnitId unit, ApplicationWindow w, UserId by, Instant at) {
        jdbc.sql("""
                        insert into monthly_window_setting (id, unit_id, valid_from, opens_day, closes_day, payment_from_day, payment_to_day,
                                                            request_days, source, recorded_at, recorded_by)
                        values (:id, :unit, :from, :opens, :closes, :payFrom, :payTo, :requestDays, :source, :at, :by)""")
                .param("id", UUID.randomUUID()).param("unit", unit.value()).param("from", w.validFrom()).param("opens", w.opensDay())
                .param("closes", w.closesDay()).param("payFrom", w.paymentFromDay()).param("payTo", w.paymentToDay())
                .param("requestDays", w.requestDays()).param("source", w.source().strip()).param("at", Timestamp.from(at))
                .param("by", by.value()).update();
    }

    private static ApplicationWindow window(ResultSet rs) throws SQLException {
        return new ApplicationWindow(rs.getObject("valid_from", LocalDate.class), rs.getInt("opens_day"), rs.getInt("closes_day"),
                rs.getInt("payment_from_day"), rs.getInt("payment_to_day"), rs.getInt("request_days"), rs.getString("source"));
    }
}
