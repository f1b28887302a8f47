package se.ebba.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.ebba.shared.infra.EmbeddedDatabase;

/**
 * The embedded PostgreSQL lets no one in without the role's password: not over TCP and not over
 * the Unix socket (zonky's initdb trusts every local connection, so any OS user could connect as
 * the superuser). The generated passwords are in a file only the OS user can read, and a data
 * directory of an earlier run that trusted everyone is upgraded on its first start.
 */
class EmbeddedDatabasePasswordsIT {

    static final List<String> ROLES = List.of("postgres", EmbeddedDatabase.OWNER_ROLE, EmbeddedDatabase.APP_ROLE);

    @TempDir
    Path temp;

    static Connection connect(EmbeddedDatabase database, String role, String password) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), role, password);
    }

    static void assertEveryRoleNeedsItsPassword(EmbeddedDatabase database) {
        for (String role : ROLES) {
            assertThatThrownBy(() -> connect(database, role, "").close()).as(role + " without a password")
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> connect(database, role, database.password(role) + "x").close()).as(role + " with a wrong password")
                    .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
        }
    }

    static List<String> hbaRules(EmbeddedDatabase database) {
        return JdbcClient.create(database.superuserDataSource())
                .sql("select type || ' ' || array_to_string(database, ',') || ' ' || array_to_string(user_name, ',') || ' ' || auth_method "
                        + "from pg_hba_file_rules order by rule_number")
                .query(String.class).list();
    }

    @Test
    void aNewDatabaseRefusesEveryRoleWithoutItsPasswordOverTcpAndTheSocketAndKeepsThePasswordsForTheOsUserOnly() throws Exception {
        Path data = temp.resolve("postgres");
        try (EmbeddedDatabase database = new EmbeddedDatabase(data, 0, Duration.ZERO)) {
            database.start();

            assertEveryRoleNeedsItsPassword(database);
            for (String role : ROLES) {
                try (Connection c = connect(database, role, database.password(role))) {
                    assertThat(c.isValid(2)).as(role + " with its password").isTrue();
                }
            }
            assertThat(hbaRules(database)).as("the server's rules: a password for every connection, the socket included")
                    .containsExactly("local all all scram-sha-256", "host all all scram-sha-256");
            assertThat(JdbcClient.create(database.superuserDataSource())
                    .sql("select count(*) from pg_authid where rolname in ('postgres', 'ebba_owner', 'ebba_app') and rolpassword like 'SCRAM-SHA-256$%'")
                    .query(Integer.class).single()).as("stored as SCRAM verifiers").isEqualTo(3);

            Path file = temp.resolve("postgres-passwords.properties");
            assertThat(database.passwordsFile()).contains(file.toAbsolutePath().normalize());
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            Properties stored = new Properties();
            try (var in = Files.newBufferedReader(file)) {
                stored.load(in);
            }
            assertThat(stored.getProperty(EmbeddedDatabase.APP_ROLE)).isEqualTo(database.password(EmbeddedDatabase.APP_ROLE));
            assertThat(Files.list(temp).map(p -> p.getFileName().toString()))
                    .as("initdb's password file is gone").containsExactlyInAnyOrder("postgres", "postgres-passwords.properties");
        }

        try (EmbeddedDatabase again = new EmbeddedDatabase(data, 0, Duration.ZERO)) {
            again.start();
            try (Connection c = connect(again, EmbeddedDatabase.APP_ROLE, again.password(EmbeddedDatabase.APP_ROLE))) {
                assertThat(c.isValid(2)).as("the next run reads the passwords from the file").isTrue();
            }
        }
    }

    @Test
    void aDataDirectoryOfAnEarlierRunThatTrustedEveryoneNeedsPasswordsAfterItsFirstStart() throws Exception {
        Path data = temp.resolve("postgres");
        try (EmbeddedPostgres earlier = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).start();
             Connection c = earlier.getPostgresDatabase().getConnection()) {
            c.createStatement().execute("create role ebba_owner login");
            c.createStatement().execute("create database ebba owner ebba_owner");
            try (Connection ebba = earlier.getDatabase("postgres", "ebba").getConnection()) {
                ebba.createStatement().execute("create table upgraded (id int)");
            }
        }
        assertThat(Files.readString(data.resolve("pg_hba.conf"))).contains("trust");

        try (EmbeddedDatabase database = new EmbeddedDatabase(data, 0, Duration.ZERO)) {
            database.start();

            assertEveryRoleNeedsItsPassword(database);
            assertThat(hbaRules(database)).containsExactly("local all all scram-sha-256", "host all all scram-sha-256");
            try (Connection c = connect(database, EmbeddedDatabase.OWNER_ROLE, database.password(EmbeddedDatabase.OWNER_ROLE))) {
                assertThat(c.isValid(2)).isTrue();
            }
            assertThat(JdbcClient.create(database.superuserDataSource()).sql("select count(*) from pg_tables where tablename = 'upgraded'")
                    .query(Integer.class).single()).as("the earlier data is still there").isEqualTo(1);
        }
    }

    @Test
    void aDatabaseWithPasswordsWhoseFileIsLostIsRefusedWithAnExplanationNotAfterAMinuteOfWaiting() {
        Path data = temp.resolve("postgres");
        try (EmbeddedDatabase database = new EmbeddedDatabase(data, 0, Duration.ZERO)) {
            database.start();
        }
        assertThat(temp.resolve("postgres-passwords.properties").toFile().delete()).isTrue();

        try (EmbeddedDatabase database = new EmbeddedDatabase(data, 0, Duration.ZERO)) {
            assertThatThrownBy(database::start).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("postgres-passwords.properties").hasMessageContaining("restore");
        }
    }
}
