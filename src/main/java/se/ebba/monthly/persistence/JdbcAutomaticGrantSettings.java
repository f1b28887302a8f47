package se.ebba.monthly.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.ebba.identity.domain.UnitId;
import se.ebba.monthly.domain.AutomaticGrantRule;
import se.ebba.monthly.internal.AutomaticGrantSettings;

@Repository
class JdbcAutomaticGrantSettings implements AutomaticGrantSettings {

    private final JdbcClient jdbc;

    JdbcAutomaticGrantSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public AutomaticGrantRule inForce(UnitId unit, LocalDate day) {
        return jdbc.sql("""
                        select * from automatic_grant_setting where unit_id = :unit and valid_from <= :day
                        order by valid_from desc, set_at desc limit 1""")
                .param("unit", unit.value()).param("day", day).query(JdbcAutomaticGrantSettings::rule).optional()
                .orElse(AutomaticGrantRule.OFF);
    }

    @Override
    public List<AutomaticGrantRule> history(UnitId unit) {
        return jdbc.sql("select * from automatic_grant_setting where unit_id = :unit order by set_at desc")
                .param("unit", unit.value()).query(JdbcAutomaticGrantSettings::rule).list();
    }

    @Override
    public void add(UnitId unit, AutomaticGrantRule rule, UUID by, Instant at) {
        jdbc.sql("""
                        insert into automatic_grant_setting (id, unit_id, valid_from, enabled, limit_kronor, source, set_by, set_at)
                        values (:id, :unit, :from, :enabled, :limit, :source, :by, :at)""")
                .param("id", UUID.randomUUID()).param("unit", unit.value()).param("from", rule.validFrom())
                .param("enabled", rule.enabled()).param("limit", Math.toIntExact(rule.limit())).param("source", rule.source())
                .param("by", by).param("at", at.atOffset(java.time.ZoneOffset.UTC)).update();
    }

    private static AutomaticGrantRule rule(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new AutomaticGrantRule(rs.getObject("valid_from", LocalDate.class), rs.getBoolean("enabled"), rs.getLong("limit_kronor"),
                rs.getString("source"));
    }
}
