package se.ebba.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.ebba.support.Api;
import se.ebba.support.EbbaIntegrationTest;
import se.ebba.support.Households;
import se.ebba.support.WebSession;

/** A form or API request sent twice writes once: one-time form tokens and Idempotency-Key. */
@EbbaIntegrationTest
class IdempotencyIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    String newCase(String lastName) {
        return Api.as("mottagning.ost", port).post("/api/v1/cases", Households.singleAdult("OSTERMALM", "19820303", "Dubbel", lastName))
                .json().get("caseId").asString();
    }

    long entries(String caseId) {
        return jdbc.sql("select count(*) from journal_entry where case_id = :id").param("id", UUID.fromString(caseId)).query(Long.class).single();
    }

    @Test
    void everyPostingFormCarriesAOneTimeToken() {
        String id = newCase("Tokensson");
        WebSession caseworker = WebSession.loggedIn("handlaggare.ost", port);
        String first = caseworker.get("/arenden/" + id + "/journal").formToken();
        String second = caseworker.get("/arenden/" + id + "/journal").formToken();
        assertThat(first).isNotBlank();
        assertThat(second).isNotBlank().isNotEqualTo(first);
    }

    @Test
    void aSearchOnlyReadsSoItsFormCarriesNoTokenAndASentTokenIsNeverClaimed() {
        WebSession caseworker = WebSession.loggedIn("handlaggare.ost", port);
        String page = caseworker.get("/sok").body();
        String searchForm = page.substring(page.indexOf("role=\"search\""), page.indexOf("</form>", page.indexOf("role=\"search\"")));
        assertThat(searchForm).doesNotContain("_formToken");
        String token = UUID.randomUUID().toString();

        WebSession.Page first = caseworker.post("/sok", Map.of("query", "Tokensson", "_formToken", token));
        WebSession.Page second = caseworker.post("/sok", Map.of("query", "Tokensson", "_formToken", token));

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from idempotency_key where key = :k").param("k", token).query(Long.class).single()).isZero();
    }

    @Test
    void aJournalEntrySubmittedTwiceIsWrittenOnceAndTheRepeatLeadsToTheSamePage() {
        String id = newCase("Dubbelklick");
        WebSession caseworker = WebSession.loggedIn("handlaggare.ost", port);
        String token = caseworker.get("/arenden/" + id + "/journal").formToken();
        Map<String, String> form = Map.of("entryDate", "2025-02-03", "type", "NOTE", "text", "Hembesök genomfört.", "_formToken", token);
        long before = entries(id);

        WebSession.Page first = caseworker.post("/arenden/" + id + "/journal", form);
        WebSession.Page second = caseworker.post("/arenden/" + id + "/journal", form);

        assertThat(first.status()).isEqualTo(302);
        assertThat(second.status()).isEqualTo(302);
        assertThat(second.location()).isEqualTo(first.location());
        assertThat(entries(id)).isEqualTo(before + 1);
    }

    @Test
    void anOldFormSentAgainWithOtherContentIsRefusedInsteadOfPretendingItWasSaved() {
        String id = newCase("Bakåtknapp");
        WebSession caseworker = WebSession.loggedIn("handlaggare.ost", port);
        String token = caseworker.get("/arenden/" + id + "/journal").formToken();
        long before = entries(id);

        WebSession.Page first = caseworker.post("/arenden/" + id + "/journal",
                Map.of("entryDate", "2025-02-03", "type", "NOTE", "text", "Första anteckningen.", "_formToken", token));
        WebSession.Page other = caseworker.post("/arenden/" + id + "/journal",
                Map.of("entryDate", "2025-02-03", "type", "NOTE", "text", "En annan anteckning på samma gamla sida.", "_formToken", token));

        assertThat(first.status()).isEqualTo(302);
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.body()).contains("Det du skrev nu är inte sparat");
        assertThat(entries(id)).isEqualTo(before + 1);
    }

    @Test
    void theSameFormSubmittedConcurrentlyIsWrittenOnce() throws Exception {
        String id = newCase("Samtidig");
        WebSession caseworker = WebSession.loggedIn("handlaggare.ost", port);
        String token = caseworker.get("/arenden/" + id + "/journal").formToken();
        Map<String, String> form = Map.of("entryDate", "2025-02-04", "type", "NOTE", "text", "Telefonsamtal.", "_formToken", token);
        long before = entries(id);

        List<Future<WebSession.Page>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < 4; i++) {
                Callable<WebSession.Page> submit = () -> caseworker.post("/arenden/" + id + "/journal", form);
                results.add(pool.submit(submit));
            }
            for (Future<WebSession.Page> r : results) {
                assertThat(r.get().status()).isEqualTo(302);
            }
        }
        assertThat(entries(id)).isEqualTo(before + 1);
    }

    @Test
    void aFormThatCameBackWithErrorsCanBeCorrectedAndSentWithTheSameToken() {
        String id = newCase("Rättelse");
        WebSession caseworker = WebSession.loggedIn("handlaggare.ost", port);
        String token = caseworker.get("/arenden/" + id + "/journal").formToken();

        WebSession.Page refused = caseworker.post("/arenden/" + id + "/journal",
                Map.of("entryDate", "2025-02-05", "type", "NOTE", "text", "  ", "_formToken", token));
        WebSession.Page saved = caseworker.post("/arenden/" + id + "/journal",
                Map.of("entryDate", "2025-02-05", "type", "NOTE", "text", "Nu med text.", "_formToken", token));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(saved.status()).isEqualTo(302);
        assertThat(entries(id)).isEqualTo(1);
    }

    @Test
    void anApiRequestRepeatedWithTheSameKeyGetsTheSameAnswerAndWritesOnce() {
        Api intake = Api.as("mottagning.ost", port);
        String body = Households.singleAdult("OSTERMALM", "19820304", "Nyckel", "Idempotent");
        String key = UUID.randomUUID().toString();

        Api.Response first = intake.post("/api/v1/cases", body, key);
        Api.Response second = intake.post("/api/v1/cases", body, key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.json().get("caseId").asString()).isEqualTo(first.json().get("caseId").asString());
        assertThat(jdbc.sql("select count(*) from person where last_name = 'Idempotent'").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherRequestIsRefusedWith422() {
        Api caseworker = Api.as("handlaggare.ost", port);
        String id = newCase("Annanbegäran");
        String key = UUID.randomUUID().toString();
        Api.Response first = caseworker.post("/api/v1/cases/" + id + "/journal-entries", "{\"text\": \"Första.\"}", key);
        Api.Response other = caseworker.post("/api/v1/cases/" + id + "/journal-entries", "{\"text\": \"En annan.\"}", key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.contentType()).contains("application/problem+json");
        assertThat(other.json().get("detail").asString()).contains("Idempotency-Key");
        assertThat(entries(id)).isEqualTo(1);
    }

    @Test
    void keysAreKeptPerUser() {
        String key = UUID.randomUUID().toString();
        Api.Response a = Api.as("mottagning.ost", port).post("/api/v1/cases", Households.singleAdult("OSTERMALM", "19820305", "A", "Peranvändare"), key);
        Api.Response b = Api.as("handlaggare.ost", port).post("/api/v1/cases", Households.singleAdult("OSTERMALM", "19820306", "B", "Peranvändare"), key);
        assertThat(a.status()).isEqualTo(201);
        assertThat(b.status()).isEqualTo(201);
        assertThat(b.json().get("caseId").asString()).isNotEqualTo(a.json().get("caseId").asString());
    }
}
