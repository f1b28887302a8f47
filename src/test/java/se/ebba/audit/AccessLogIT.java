package se.ebba.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.ebba.identity.Units;
import se.ebba.shared.infra.EmbeddedDatabase;
import se.ebba.support.Api;
import se.ebba.support.EbbaIntegrationTest;
import se.ebba.support.EmbeddedDatabases;
import se.ebba.support.Households;

@EbbaIntegrationTest
class AccessLogIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccessLog accessLog;
    @Autowired
    Units units;
    @Autowired
    EmbeddedDatabase database;

    String newCase(String birthDate) {
        return Api.as("mottagning.ost", port)
                .post("/api/v1/cases", Households.singleAdult("OSTERMALM", birthDate, "Logg", "Loggsson")).json().get("caseId").asString();
    }

    @Test
    void everyViewOfACaseAndItsJournalIsLoggedWithUserUnitAndWhetherItIsTheirOwnCase() {
        String id = newCase("19770303"); // birth day 3: Karin Ek (handlaggare.ost) is responsible

        Api.as("handlaggare.ost", port).get("/api/v1/cases/" + id);
        Api.as("handlaggare2.ost", port).get("/api/v1/cases/" + id);
        Api.as("handlaggare2.ost", port).get("/api/v1/cases/" + id + "/journal-entries");

        var rows = jdbc.sql("select username, action, own_caseload, unit_id from access_log where case_id = :id and action like 'VIEW%' order by id")
                .param("id", UUID.fromString(id))
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getBoolean(3) + " " + (rs.getObject(4) != null))
                .list();
        assertThat(rows).containsExactly(
                "handlaggare.ost VIEW_CASE true true",
                "handlaggare2.ost VIEW_CASE false true",
                "handlaggare2.ost VIEW_JOURNAL false true");
    }

    @Test
    void theUnitManagerSeesViewsOfCasesOutsideTheUsersOwnCaseload() {
        String id = newCase("19770304");
        Api.as("handlaggare2.ost", port).get("/api/v1/cases/" + id);

        var outside = accessLog.search(new AccessLog.AccessLogQuery(
                java.util.Set.of(units.byCode("OSTERMALM").orElseThrow().id()), "handlaggare2.ost", null,
                LocalDate.now().minusDays(1), LocalDate.now().plusDays(1), true, 100));

        assertThat(outside).anySatisfy(e -> {
            assertThat(e.caseId()).isEqualTo(UUID.fromString(id));
            assertThat(e.ownCaseload()).isFalse();
        });
        assertThat(outside).allSatisfy(e -> assertThat(e.ownCaseload()).isFalse());
    }

    @Test
    void theAccessLogCannotBeChangedOrDeletedEvenWithDirectSql() {
        newCase("19770305");
        long before = jdbc.sql("select count(*) from access_log").query(Long.class).single();

        // the application's role has no privilege to do it
        assertThatThrownBy(() -> jdbc.sql("update access_log set username = 'someone-else'").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("delete from access_log").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("truncate access_log").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        // and the owner of the tables is stopped by the triggers
        JdbcClient owner = EmbeddedDatabases.asOwner(database);
        assertThatThrownBy(() -> owner.sql("update access_log set username = 'someone-else'").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> owner.sql("delete from access_log").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> owner.sql("truncate access_log cascade").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThat(jdbc.sql("select count(*) from access_log").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void journalEntriesAndCaseHistoryCannotBeRewrittenEither() {
        String id = newCase("19770306");
        Api.as("handlaggare.ost", port).post("/api/v1/cases/" + id + "/journal-entries", "{\"text\": \"Fakta.\"}");

        JdbcClient owner = EmbeddedDatabases.asOwner(database);
        for (JdbcClient client : new JdbcClient[] {jdbc, owner}) {
            assertThatThrownBy(() -> client.sql("update journal_entry set text = 'annat'").update()).isInstanceOf(DataAccessException.class);
            assertThatThrownBy(() -> client.sql("delete from journal_entry").update()).isInstanceOf(DataAccessException.class);
            assertThatThrownBy(() -> client.sql("delete from case_state_change").update()).isInstanceOf(DataAccessException.class);
            assertThatThrownBy(() -> client.sql("delete from case_assignment").update()).isInstanceOf(DataAccessException.class);
        }
    }

    @Test
    void searchesAreLoggedWithoutTheSearchTextBecauseItIsPersonalData() {
        String pnr = Households.personalNumber("19770307");
        Api.as("mottagning.ost", port).post("/api/v1/cases", """
                {"unitCode": "OSTERMALM", "applicant": {"personalNumber": "%s", "firstName": "Sök", "lastName": "Loggad"}}""".formatted(pnr));
        long leaks = jdbc.sql("select count(*) from access_log where detail like :p").param("p", "%" + pnr.substring(2) + "%")
                .query(Long.class).single();
        assertThat(leaks).isZero();
    }
}
