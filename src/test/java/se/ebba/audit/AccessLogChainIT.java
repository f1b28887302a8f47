package se.ebba.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.ebba.audit.AccessLogVerification.Problem;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.Users;
import se.ebba.shared.ForbiddenException;
import se.ebba.shared.infra.EmbeddedDatabase;
import se.ebba.support.Api;
import se.ebba.support.EbbaIntegrationTest;
import se.ebba.support.EmbeddedDatabases;
import se.ebba.support.Households;
import se.ebba.support.TestUsers;
import se.ebba.support.PageClient;

/**
 * The access log is a hash chain: every row is sealed shortly after it is written, and "Verifiera
 * loggen" recomputes the chain and names the first broken link. The tampering is done as the
 * superuser with the triggers switched off ({@code session_replication_role = replica}), and undone.
 */
@EbbaIntegrationTest
class AccessLogChainIT {

    @LocalServerPort
    int port;
    @Autowired
    AccessLogChain chain;
    @Autowired
    Users users;
    @Autowired
    EmbeddedDatabase database;
    @Autowired
    JdbcClient jdbc;

    CurrentUser eva() {
        return TestUsers.loggedIn(users, "chef.ost");
    }

    long newLogRow() {
        Api.as("mottagning.ost", port).post("/api/v1/cases", Households.singleAdult("OSTERMALM", "19770318", "Kedja", "Sigillsson"));
        chain.verify(eva()); // seals it
        return jdbc.sql("select max(id) from access_log").query(Long.class).single();
    }

    @Test
    void anUntouchedLogIsReportedIntactWithTheNumberOfRowsChecked() {
        newLogRow();
        AccessLogVerification result = chain.verify(eva());

        assertThat(result.intact()).isTrue();
        long rows = jdbc.sql("select count(*) from access_log").query(Long.class).single();
        assertThat(result.sealsChecked()).isEqualTo(rows).isEqualTo(result.headPosition());
        assertThat(result.headHash()).hasSize(64);
    }

    @Test
    void newRowsAreSealedWithinSecondsWithoutAnyoneVerifying() {
        Api.as("mottagning.ost", port).post("/api/v1/cases", Households.singleAdult("OSTERMALM", "19770319", "Sigill", "Snabbsson"));
        long id = jdbc.sql("select max(id) from access_log").query(Long.class).single();

        se.ebba.support.Eventually.await(() -> jdbc.sql("select count(*) from access_log_seal where access_log_id >= :id")
                .param("id", id).query(Long.class).single() > 0, java.time.Duration.ofSeconds(30));
    }

    @Test
    void aRowChangedBehindTheTriggersIsTheFirstBrokenLink() {
        long id = newLogRow();
        JdbcClient superuser = EmbeddedDatabases.asSuperuser(database);
        String detail = superuser.sql("select coalesce(detail, '') from access_log where id = :id").param("id", id).query(String.class).single();
        tamper(superuser, "update access_log set detail = 'ändrad i efterhand' where id = " + id);
        try {
            AccessLogVerification result = chain.verify(eva());

            assertThat(result.intact()).isFalse();
            assertThat(result.firstBreak()).hasValueSatisfying(b -> {
                assertThat(b.problem()).isEqualTo(Problem.ROW_CHANGED);
                assertThat(b.accessLogId()).isEqualTo(id);
                assertThat(b.position()).isPresent();
            });
        } finally {
            tamper(superuser, "update access_log set detail = nullif('" + detail.replace("'", "''") + "', '') where id = " + id);
        }
        assertThat(chain.verify(eva()).intact()).as("restored").isTrue();
    }

    @Test
    void aDeletedRowAndADeletedSealAreReported() {
        long id = newLogRow();
        JdbcClient superuser = EmbeddedDatabases.asSuperuser(database);
        tamper(superuser, "create table tmp_saved_row as select * from access_log where id = " + id);
        tamper(superuser, "delete from access_log where id = " + id);
        try {
            assertThat(chain.verify(eva()).firstBreak()).hasValueSatisfying(b -> {
                assertThat(b.problem()).isEqualTo(Problem.ROW_MISSING);
                assertThat(b.accessLogId()).isEqualTo(id);
            });
        } finally {
            tamper(superuser, "insert into access_log select * from tmp_saved_row");
            tamper(superuser, "drop table tmp_saved_row");
        }

        newLogRow(); // a later link, so that the seal taken away is inside the chain, not its end
        long position = superuser.sql("select position from access_log_seal where access_log_id = :id").param("id", id)
                .query(Long.class).single();
        tamper(superuser, "create table tmp_saved_seal as select * from access_log_seal where position = " + position);
        tamper(superuser, "delete from access_log_seal where position = " + position);
        try {
            // the sealer seals the row again at the end of the chain; the gap stays the first break
            assertThat(chain.verify(eva()).firstBreak()).hasValueSatisfying(b -> {
                assertThat(b.problem()).isEqualTo(Problem.SEAL_MISSING);
                assertThat(b.position()).hasValue(position + 1);
            });
        } finally {
            tamper(superuser, "delete from access_log_seal where access_log_id = " + id);
            tamper(superuser, "insert into access_log_seal select * from tmp_saved_seal");
            tamper(superuser, "drop table tmp_saved_seal");
        }
    }

    @Test
    void onlyTheUnitManagerVerifiesAndTheLogPageHasTheButton() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> chain.verify(TestUsers.loggedIn(users, "handlaggare.ost")))
                .isInstanceOf(ForbiddenException.class);

        PageClient eva = new PageClient(port);
        eva.logIn("chef.ost");
        assertThat(eva.get("/atkomstlogg").body()).contains("Verifiera loggen");
        var result = eva.post("/atkomstlogg/verifiera", "");
        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.body()).contains("Loggen är obruten").contains("rader kontrollerades");

        PageClient karin = new PageClient(port);
        karin.logIn("handlaggare.ost");
        karin.get("/mina-arenden");
        assertThat(karin.post("/atkomstlogg/verifiera", "").statusCode()).isEqualTo(403);
    }

    @Test
    void theSealsCannotBeChangedByTheApplicationNorByTheOwner() {
        newLogRow();
        assertThat(jdbc.sql("select has_table_privilege('access_log_seal', 'UPDATE') or has_table_privilege('access_log_seal', 'DELETE')"
                + " or has_table_privilege('access_log_seal', 'TRUNCATE')").query(Boolean.class).single()).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EmbeddedDatabases.asOwner(database)
                .sql("update access_log_seal set hash = repeat('0', 64)").update()).rootCause().hasMessageContaining("append-only");
        assertThat(Optional.of(chain.verify(eva()).intact())).hasValue(true);
    }

    /** As the superuser, with the triggers (and foreign keys) not firing. */
    static void tamper(JdbcClient superuser, String sql) {
        superuser.sql("do $$ begin set local session_replication_role = replica; execute '" + sql.replace("'", "''") + "'; end $$")
                .update();
    }
}
