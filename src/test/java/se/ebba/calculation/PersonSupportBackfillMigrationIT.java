package se.ebba.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** V18 copies the months already decided per case to the adults of each case's household, and adds the missing prisbasbelopp. */
class PersonSupportBackfillMigrationIT {

    @Test
    void existingDecidedMonthsBecomeTheAdultsOwnAndTheMissingPrisbasbeloppAreAdded() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setServerConfig("timezone", "UTC").start()) {
            var dataSource = pg.getPostgresDatabase();
            Flyway.configure().dataSource(dataSource).skipDefaultCallbacks(true).target("17").load().migrate();
            JdbcClient jdbc = JdbcClient.create(dataSource);
            UUID unit = UUID.randomUUID();
            UUID caseId = UUID.randomUUID();
            UUID applicant = UUID.randomUUID();
            UUID coApplicant = UUID.randomUUID();
            UUID child = UUID.randomUUID();
            UUID granted = UUID.randomUUID();
            UUID replaced = UUID.randomUUID();
            UUID replacing = UUID.randomUUID();
            jdbc.sql("insert into unit (id, code, name) values (?, 'OST', 'Östermalm')").params(unit).update();
            jdbc.sql("""
                    insert into person (id, unit_id, personal_number, first_name, last_name, birth_date)
                    values (?, ?, '198001010000', 'Vuxen', 'Ett', '1980-01-01'), (?, ?, '198202020000', 'Vuxen', 'Två', '1982-02-02'),
                           (?, ?, '201503030000', 'Barn', 'Ett', '2015-03-03')""")
                    .params(applicant, unit, coApplicant, unit, child, unit).update();
            jdbc.sql("""
                    insert into assistance_case (id, case_number, unit_id, state, opened_at, last_activity_at)
                    values (?, 'EB-2026-000001', ?, 'OPEN_ONGOING', '2026-01-01', '2026-01-01')""").params(caseId, unit).update();
            jdbc.sql("insert into household_member (case_id, person_id, role) values (?, ?, 'APPLICANT'), (?, ?, 'CO_APPLICANT'), (?, ?, 'CHILD')")
                    .params(caseId, applicant, caseId, coApplicant, caseId, child).update();
            jdbc.sql("""
                    insert into support_month (decision_id, case_id, benefit_month, livelihood_support_granted, replaces_decision_id, recorded_at)
                    values (?, ?, '2026-01-01', true, null, now()), (?, ?, '2026-02-01', true, null, now()),
                           (?, ?, '2026-02-01', false, ?, now())""")
                    .params(granted, caseId, replaced, caseId, replacing, caseId, replaced).update();

            Flyway.configure().dataSource(dataSource).skipDefaultCallbacks(true).target("18").load().migrate();

            assertThat(jdbc.sql("select count(*) from person_support_month").query(Long.class).single()).isEqualTo(6);
            assertThat(jdbc.sql("select count(*) from person_support_month where person_id = ?").params(child).query(Long.class).single())
                    .as("children are not recorded").isZero();
            assertThat(jdbc.sql("select replaces_decision_id from person_support_month where decision_id = ? and person_id = ?")
                    .params(replacing, coApplicant).query(UUID.class).single()).isEqualTo(replaced);
            List<Integer> years = jdbc.sql("select year from price_base_amount order by year").query(Integer.class).list();
            assertThat(years).containsExactly(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);
            assertThat(jdbc.sql("select amount from price_base_amount where year = 2026").query(Integer.class).single()).isEqualTo(59_200);
            assertThat(jdbc.sql("select source from price_base_amount where year = 2026").query(String.class).single()).contains("SFS 2025:872");
        }
    }
}
