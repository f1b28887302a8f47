package se.ebba.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.ebba.shared.infra.EmbeddedDatabase;
import se.ebba.support.EbbaIntegrationTest;
import se.ebba.support.EmbeddedDatabases;

/**
 * The application connects as a role that owns nothing; the owner ran Flyway. On every append-only
 * table (one with a {@code <table>_append_only} trigger) the application may only SELECT and INSERT,
 * and TRUNCATE is refused by a trigger even for the owner.
 */
@EbbaIntegrationTest
class DatabaseRolesIT {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    EmbeddedDatabase database;

    List<String> appendOnlyTables() {
        return jdbc.sql("""
                select distinct c.relname from pg_trigger t join pg_class c on c.oid = t.tgrelid
                where t.tgname = c.relname || '_append_only' order by 1
                """).query(String.class).list();
    }

    @Test
    void theApplicationsRoleOwnsNothingAndTheOwnerRanTheMigrations() {
        assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo(EmbeddedDatabase.APP_ROLE);
        assertThat(jdbc.sql("select rolsuper or rolcreaterole or rolcreatedb from pg_roles where rolname = current_user")
                .query(Boolean.class).single()).isFalse();
        assertThat(jdbc.sql("""
                select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public' and pg_get_userbyid(c.relowner) = current_user
                """).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select pg_get_userbyid(datdba) from pg_database where datname = current_database()")
                .query(String.class).single()).isEqualTo(EmbeddedDatabase.OWNER_ROLE);
        assertThatThrownBy(() -> jdbc.sql("create table sneaky (id int)").update()).rootCause().hasMessageContaining("permission denied");
    }

    @Test
    void onEveryAppendOnlyTableTheApplicationMayOnlyReadAndInsertAndTruncateIsRefusedByATrigger() {
        List<String> tables = appendOnlyTables();
        assertThat(tables).contains("access_log", "access_log_seal", "journal_entry", "decision", "norm_amount", "appeal_step");
        JdbcClient owner = EmbeddedDatabases.asOwner(database);
        for (String table : tables) {
            assertThat(privileges(table)).as(table).isEqualTo("SELECT INSERT");
            assertThatThrownBy(() -> jdbc.sql("truncate " + table).update()).as(table).rootCause().hasMessageContaining("permission denied");
            assertThatThrownBy(() -> owner.sql("truncate " + table + " cascade").update()).as(table)
                    .rootCause().hasMessageContaining("append-only");
        }
    }

    @Test
    void otherTablesAreReadAndWrittenButNeverTruncatedByTheApplication() {
        for (String table : List.of("assistance_case", "user_account", "event_publication", "case_number_counter")) {
            assertThat(privileges(table)).as(table).isEqualTo("SELECT INSERT UPDATE DELETE");
        }
        assertThat(privileges("flyway_schema_history")).isEmpty();
    }

    String privileges(String table) {
        return jdbc.sql("""
                select concat_ws(' ',
                    case when has_table_privilege(:t, 'SELECT') then 'SELECT' end,
                    case when has_table_privilege(:t, 'INSERT') then 'INSERT' end,
                    case when has_table_privilege(:t, 'UPDATE') then 'UPDATE' end,
                    case when has_table_privilege(:t, 'DELETE') then 'DELETE' end,
                    case when has_table_privilege(:t, 'TRUNCATE') then 'TRUNCATE' end,
                    case when has_table_privilege(:t, 'TRIGGER') then 'TRIGGER' end,
                    case when has_table_privilege(:t, 'REFERENCES') then 'REFERENCES' end)
                """).param("t", table).query(String.class).single();
    }
}
