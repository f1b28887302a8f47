package se.ebba.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** V4 splits a person shared by several units into one record per unit, and re-points what referred to it. */
class PeoplePerUnitMigrationIT {

    @Test
    void aPersonInHouseholdsOfTwoUnitsBecomesOneRecordPerUnitAndTheFirstUnitKeepsTheId() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setServerConfig("timezone", "UTC").start()) {
            var dataSource = pg.getPostgresDatabase();
            Flyway.configure().dataSource(dataSource).skipDefaultCallbacks(true).target("3").load().migrate();
            JdbcClient jdbc = JdbcClient.create(dataSource);
            UUID ost = UUID.randomUUID();
            UUID bro = UUID.randomUUID();
            UUID user = UUID.randomUUID();
            UUID person = UUID.randomUUID();
            UUID ostCase = UUID.randomUUID();
            UUID broCase = UUID.randomUUID();
            UUID broApplication = UUID.randomUUID();
            jdbc.sql("insert into unit (id, code, name) values (?, 'OST', 'Östermalm'), (?, 'BRO', 'Bromma')").params(ost, bro).update();
            jdbc.sql("insert into user_account (id, username, display_name, password_hash) values (?, 'u', 'U', 'x')").params(user).update();
            jdbc.sql("""
                    insert into person (id, personal_number, first_name, last_name, birth_date, protected_identity, street_address)
                    values (?, '201501012384', 'Delad', 'Person', '2015-01-01', true, 'Lönngatan 7')""").params(person).update();
            jdbc.sql("""
                    insert into assistance_case (id, case_number, unit_id, state, opened_at, last_activity_at)
                    values (?, 'EB-2026-000001', ?, 'OPEN_INTAKE', '2026-01-01', '2026-01-01'),
                           (?, 'EB-2026-000002', ?, 'OPEN_INTAKE', '2026-02-01', '2026-02-01')""")
                    .params(ostCase, ost, broCase, bro).update();
            jdbc.sql("insert into household_member (case_id, person_id, role) values (?, ?, 'CHILD'), (?, ?, 'CHILD')")
                    .params(ostCase, person, broCase, person).update();
            jdbc.sql("""
                    insert into application (id, case_id, kind, benefit_month, received_on, registered_at, registered_by)
                    values (?, ?, 'FIRST', '2026-02-01', '2026-02-01', '2026-02-01', ?)""")
                    .params(broApplication, broCase, user).update();
            jdbc.sql("""
                    insert into child_impact_analysis (id, application_id, child_person_id, situation, effect, best_interests,
                                                       written_at, written_by, written_by_name)
                    values (?, ?, ?, 's', 'e', 'b', '2026-02-02', ?, 'U')""")
                    .params(UUID.randomUUID(), broApplication, person, user).update();

            Flyway.configure().dataSource(dataSource).skipDefaultCallbacks(true).target("4").load().migrate();

            UUID ostMember = member(jdbc, ostCase);
            UUID broMember = member(jdbc, broCase);
            assertThat(ostMember).as("the unit that registered first keeps the id").isEqualTo(person);
            assertThat(broMember).isNotEqualTo(person);
            assertThat(unitOf(jdbc, ostMember)).isEqualTo(ost);
            assertThat(unitOf(jdbc, broMember)).isEqualTo(bro);
            assertThat(jdbc.sql("select first_name || ' ' || street_address || ' ' || protected_identity from person where id = ?")
                    .params(broMember).query(String.class).single()).isEqualTo("Delad Lönngatan 7 true");
            assertThat(jdbc.sql("select child_person_id from child_impact_analysis").query(UUID.class).single()).isEqualTo(broMember);
        }
    }

    static UUID member(JdbcClient jdbc, UUID caseId) {
        return jdbc.sql("select person_id from household_member where case_id = ?").params(caseId).query(UUID.class).single();
    }

    static UUID unitOf(JdbcClient jdbc, UUID personId) {
        return jdbc.sql("select unit_id from person where id = ?").params(personId).query(UUID.class).single();
    }
}
