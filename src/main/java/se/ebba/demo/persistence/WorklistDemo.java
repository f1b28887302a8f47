package se.ebba.demo.persistence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo due dates (worklist): as if the Östermalm demo cases had been open for a while, so that
 * Mina ärenden shows the demo caseworker (handlaggare.ost, Karin Ek) an overdue summons and tasks
 * due soon, and Teamets uppgifter shows the team lead an overdue change plan at Jonas Berg. The due
 * dates of the open tasks are set (inserted, or changed if the worklist's listeners got there
 * first), so the result does not depend on which runs first. Runs right after {@code DemoData} (order 1),
 * once: not when the demo's tasks are already there, nor on an external database.
 */
@Component
@Profile("demo")
public class WorklistDemo {

    private static final String RULE = "Demo: datum satt som om ärendet varit aktuellt en tid";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final boolean externalDatabase;

    WorklistDemo(JdbcClient jdbc, Clock clock, @Value("${spring.datasource.url:}") String externalDatabaseUrl) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.externalDatabase = !externalDatabaseUrl.isBlank();
    }

    /** Sets the demo due dates on the open cases of the Östermalm demo caseworkers. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(1)
    @Transactional
    public void load() {
        boolean loaded = jdbc.sql("select exists (select 1 from worklist_task where rule = :rule)").param("rule", RULE)
                .query(Boolean.class).single();
        if (externalDatabase || loaded) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        List<UUID> karin = openCasesOf("handlaggare.ost", "OPEN_INTAKE");
        for (int i = 0; i < karin.size(); i++) {
            // The first case: first meeting overdue, decision due soon; the others: everything ahead. A case whose
            // summons the intake demo has sent keeps its kallelse done (its event may still be on its way).
            int shift = i == 0 ? 0 : 9;
            if (!summonsBooked(karin.get(i))) {
                due(karin.get(i), "SUMMONS", today.plusDays(2 + shift));
            }
            due(karin.get(i), "FIRST_MEETING", today.minusDays(3).plusDays(shift));
            due(karin.get(i), "DECISION", today.plusDays(4 + shift));
        }
        openCasesOf("handlaggare2.ost", "OPEN_ONGOING").forEach(c -> due(c, "CHANGE_PLAN", today.minusDays(5)));
    }

    private List<UUID> openCasesOf(String username, String state) {
        return jdbc.sql("""
                        select c.id from assistance_case c join user_account u on u.id = c.responsible_caseworker_id
                        where u.username = :username and c.state = :state
                        order by c.opened_at, c.case_number
                        """)
                .param("username", username).param("state", state).query(UUID.class).list();
    }

    private boolean summonsBooked(UUID caseId) {
        return jdbc.sql("select exists (select 1 from summons where case_id = :case)").param("case", caseId).query(Boolean.class).single();
    }

    private void due(UUID caseId, String kind, LocalDate on) {
        jdbc.sql("""
                        insert into worklist_task (id, case_id, unit_id, kind, due_on, rule, opened_at)
                        select :id, c.id, c.unit_id, :kind, :due, :rule, now() from assistance_case c where c.id = :case
                        on conflict (case_id, kind) where done_on is null and cancelled_on is null
                        do update set due_on = excluded.due_on, rule = excluded.rule
                        """)
                .param("id", UUID.randomUUID()).param("case", caseId).param("kind", kind).param("due", on).param("rule", RULE)
                .update();
    }
}
