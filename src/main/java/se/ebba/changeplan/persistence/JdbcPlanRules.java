package se.ebba.changeplan.persistence;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.ebba.changeplan.domain.InterventionType;
import se.ebba.changeplan.domain.PlanSettings;
import se.ebba.changeplan.internal.PlanRules;
import se.ebba.identity.domain.UnitId;

@Repository
class JdbcPlanRules implements PlanRules {

    private final JdbcClient jdbc;

    JdbcPlanRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<InterventionType> catalogue() {
        return jdbc.sql("select * from intervention_type order by name, valid_from")
                .query((rs, n) -> new InterventionType(rs.getString("code"), rs.getString("name"), rs.getString("description"),
                        rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class), rs.getString("source")))
                .list();
    }

    @Override
    public PlanSettings settings(UnitId unit, LocalDate on) {
        // The unit's own setting wins over the default; among them the newest valid on the date.
        return jdbc.sql("""
                        select follow_up_months, plan_within_months, valid_from, source from change_plan_setting
                        where (unit_id = :unit or unit_id is null) and valid_from <= :on
                        order by unit_id is null, valid_from desc, id desc limit 1
                        """)
                .param("unit", unit.value()).param("on", on)
                .query((rs, n) -> new PlanSettings(rs.getInt("follow_up_months"), rs.getInt("plan_within_months"),
                        rs.getObject("valid_from", LocalDate.class), rs.getString("source")))
                .optional()
                .orElseThrow(() -> new IllegalStateException("No change plan setting valid on " + on));
    }
}
