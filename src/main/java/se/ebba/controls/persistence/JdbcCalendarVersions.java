package se.ebba.controls.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.ebba.controls.domain.CalendarCheck;
import se.ebba.controls.domain.CheckId;
import se.ebba.controls.domain.Concerns;
import se.ebba.controls.internal.CalendarVersions;
import se.ebba.identity.domain.UnitId;
import se.ebba.identity.domain.UserId;

@Repository
class JdbcCalendarVersions implements CalendarVersions {

    private final JdbcClient jdbc;

    JdbcCalendarVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CalendarCheck> ofUnit(UnitId unit) {
        return jdbc.sql("select * from control_check where unit_id = :unit order by valid_from, recorded_at")
                .param("unit", unit.value()).query((rs, n) -> check(rs)).list();
    }

    @Override
    public List<Recorded> history(UnitId unit) {
        return jdbc.sql("""
                        select c.*, u.display_name from control_check c join user_account u on u.id = c.recorded_by
                        where c.unit_id = :unit order by c.valid_from desc, c.recorded_at desc
                        """)
                .param("unit", unit.value())
                .query((rs, n) -> new Recorded(check(rs), rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                        rs.getString("display_name")))
                .list();
    }

    @Override
    public void add(UnitId unit, CalendarCheck c, UserId by, Instant at) {
        String months = c.months().stream().sorted().map(m -> String.valueOf(m.getValue())).collect(Collectors.joining(",", "{", "}"));
        jdbc.sql("""
                        insert into control_check (id, check_id, unit_id, name, months, concerns, active, valid_from, source, recorded_at, recorded_by)
                        values (:id, :check, :unit, :name, cast(:months as smallint[]), :concerns, :active, :from, :source, :at, :by)
                        """)
                .param("id", UUID.randomUUID()).param("check", c.id().value()).param("unit", unit.value()).param("name", c.name())
                .param("months", months).param("concerns", c.concerns().name()).param("active", c.active())
                .param("from", c.validFrom().atDay(1)).param("source", c.source())
                .param("at", at.atOffset(ZoneOffset.UTC)).param("by", by.value())
                .update();
    }

    private static CalendarCheck check(ResultSet rs) throws SQLException {
        Array array = rs.getArray("months");
        List<Month> months = Arrays.stream((Object[]) array.getArray()).map(n -> Month.of(((Number) n).intValue())).toList();
        return new CalendarCheck(new CheckId(rs.getObject("check_id", UUID.class)), rs.getString("name"), java.util.Set.copyOf(months),
                Concerns.valueOf(rs.getString("concerns")), rs.getBoolean("active"),
                YearMonth.from(rs.getObject("valid_from", LocalDate.class)), rs.getString("source"));
    }
}
