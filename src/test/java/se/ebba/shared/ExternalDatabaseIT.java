package se.ebba.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import se.ebba.EbbaApplication;

/**
 * Production mode: with a JDBC URL, user and password Ebba uses that PostgreSQL server, migrates
 * it, starts no embedded database, loads no demo data and creates the first administrator.
 */
class ExternalDatabaseIT {

    @Test
    void demoUsersAreNeverLoadedIntoAnExternalDatabaseEvenIfTheProductionProfileIsForgotten() throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
            String url = server.getJdbcUrl("postgres", "postgres").replaceAll("[?&]user=postgres", "");
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(EbbaApplication.class)
                    .run("--server.port=0", "--logging.level.root=error", "--EBBA_DB_URL=" + url, "--EBBA_DB_USER=postgres",
                            "--EBBA_DB_PASSWORD=postgres");
                 Connection c = server.getPostgresDatabase().getConnection();
                 ResultSet users = c.createStatement().executeQuery("select count(*) from user_account where username <> 'ebba.system'")) {
                assertThat(app.getEnvironment().getActiveProfiles()).isEmpty();
                users.next();
                assertThat(users.getInt(1)).isZero();
            }
        }
    }

    @Test
    void aConfiguredServerIsUsedInsteadOfTheEmbeddedDatabaseMigratedByItsOwnerAndUsedByARoleThatOwnsNothing() throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
            try (Connection c = server.getPostgresDatabase().getConnection()) {
                c.createStatement().execute("create user ebba with password 'hemligt'");
                c.createStatement().execute("create user ebba_app with password 'appens'");
                c.createStatement().execute("create database ebba owner ebba");
            }
            String url = server.getJdbcUrl("ebba", "ebba").replaceAll("[?&]user=ebba", "");
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(EbbaApplication.class)
                    .profiles("production")
                    .run("--server.port=0", "--logging.level.root=warn", "--EBBA_DB_URL=" + url, "--EBBA_DB_USER=ebba_app",
                         "--EBBA_DB_PASSWORD=appens", "--EBBA_DB_OWNER_USER=ebba", "--EBBA_DB_OWNER_PASSWORD=hemligt",
                         "--EBBA_BOOTSTRAP_ADMIN_PASSWORD=forsta-losenordet")) {

                assertThat(app.getBeanNamesForType(se.ebba.shared.infra.EmbeddedDatabase.class)).isEmpty();
                try (Connection c = server.getDatabase("ebba", "ebba").getConnection();
                     ResultSet tables = c.createStatement().executeQuery(
                             "select count(*) from information_schema.tables where table_name in ('assistance_case', 'access_log')");
                     ) {
                    tables.next();
                    assertThat(tables.getInt(1)).isEqualTo(2);
                }
                try (Connection c = server.getDatabase("ebba", "ebba").getConnection();
                     ResultSet users = c.createStatement().executeQuery("select string_agg(username, ',' order by username) from user_account")) {
                    users.next();
                    assertThat(users.getString(1)).as("no demo users in production, only the first administrator and the system actor (V14)").isEqualTo("admin,ebba.system");
                }
                try (Connection c = server.getDatabase("ebba", "ebba").getConnection();
                     ResultSet rights = c.createStatement().executeQuery("""
                             select (select string_agg(distinct installed_by, ',') from flyway_schema_history),
                                    has_table_privilege('ebba_app', 'access_log', 'INSERT'),
                                    has_table_privilege('ebba_app', 'access_log', 'UPDATE'),
                                    has_table_privilege('ebba_app', 'assistance_case', 'UPDATE'),
                                    (select count(*) from pg_class where pg_get_userbyid(relowner) = 'ebba_app')""")) {
                    rights.next();
                    assertThat(rights.getString(1)).as("Flyway ran as the owner").isEqualTo("ebba");
                    assertThat(rights.getBoolean(2)).isTrue();
                    assertThat(rights.getBoolean(3)).as("the application may not rewrite the access log").isFalse();
                    assertThat(rights.getBoolean(4)).isTrue();
                    assertThat(rights.getInt(5)).as("the application's role owns nothing").isZero();
                }
            }
        }
    }
}
