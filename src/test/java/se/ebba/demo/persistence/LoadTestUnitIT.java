package se.ebba.demo.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import se.ebba.identity.domain.PersonalNumber;

/**
 * The load-test unit (profile {@code loadtest}) in miniature: it keeps up with the schema, and a
 * generated caseworker can do what the Gatling simulation does with the cases of the feeder file.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ebba.embedded-postgres.data-directory=", "logging.level.root=warn", "server.shutdown=immediate",
        "ebba.loadtest.households=60", "ebba.loadtest.caseworkers=3", "ebba.loadtest.feeder-file=target/loadtest-it/feeder.csv"})
@ActiveProfiles("loadtest")
class LoadTestUnitIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    LoadTestUnit unit;

    @Test
    void theUnitHasTheHouseholdsCaseworkersAndDecisionsItWasAskedForWithValidPersonnummer() {
        assertThat(count("assistance_case c join unit u on u.id = c.unit_id where u.code = 'LASTTEST'")).isEqualTo(60);
        assertThat(count("user_account where username like 'handlaggare___'")).isEqualTo(3);
        assertThat(count("journal_entry")).isGreaterThan(60);
        assertThat(count("decision")).isGreaterThan(10);
        assertThat(count("saved_calculation")).isEqualTo(count("decision"));
        jdbc.sql("select personal_number from person").query(String.class).list().forEach(PersonalNumber::new);
    }

    @Test
    void everyGeneratedPersonIsTheRecordOfTheLoadTestUnit() {
        assertThat(count("""
                person p where not exists (select 1 from unit u where u.id = p.unit_id and u.code = 'LASTTEST')
                and exists (select 1 from household_member hm join assistance_case c on c.id = hm.case_id
                            join unit u on u.id = c.unit_id where hm.person_id = p.id and u.code = 'LASTTEST')""")).isZero();
    }

    @Test
    void startingAgainGeneratesNothingMore() {
        long cases = count("assistance_case");
        unit.load();
        assertThat(count("assistance_case")).isEqualTo(cases);
    }

    @Test
    void aGeneratedCaseworkerLogsInAndReadsWritesAndDownloadsWhatTheSimulationDoes() throws Exception {
        List<String> feeder = Files.readAllLines(Path.of("target/loadtest-it/feeder.csv"));
        assertThat(feeder).hasSizeGreaterThan(1);
        String[] row = feeder.get(1).split(",");
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        String csrf = csrf(get(http, "/login").body(), "value");
        HttpResponse<String> login = post(http, "/login", "username=" + row[0] + "&password=" + LoadTestUnit.PASSWORD + "&_csrf=" + csrf);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("fel");

        HttpResponse<String> myCases = get(http, "/mina-arenden");
        assertThat(myCases.body()).contains(row[1]);
        csrf = csrf(myCases.body(), "content");
        String pnr = row[3].substring(0, 8) + "-" + row[3].substring(8);
        assertThat(post(http, "/sok", "query=" + URLEncoder.encode(pnr, StandardCharsets.UTF_8) + "&_csrf=" + csrf
                + "&_formToken=" + UUID.randomUUID()).body()).contains(row[1]);
        assertThat(get(http, "/arenden/" + row[1]).statusCode()).isEqualTo(200);
        assertThat(get(http, "/arenden/" + row[1] + "/journal").statusCode()).isEqualTo(200);
        assertThat(post(http, "/arenden/" + row[1] + "/journal", "entryDate=" + java.time.LocalDate.now() + "&type=NOTE&text=Test&_csrf="
                + csrf + "&_formToken=" + UUID.randomUUID()).statusCode()).isEqualTo(302);
        assertThat(get(http, "/arenden/" + row[1] + "/beslut/" + row[2]).body()).contains("Beviljas");
        HttpResponse<String> letter = get(http, "/arenden/" + row[1] + "/beslut/" + row[2] + "/brev.pdf");
        assertThat(letter.statusCode()).isEqualTo(200);
        assertThat(letter.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
    }

    private long count(String from) {
        return jdbc.sql("select count(*) from " + from).query(Long.class).single();
    }

    private static String csrf(String page, String attribute) {
        Matcher m = Pattern.compile("name=\"_csrf\" " + attribute + "=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).as("a CSRF token on the page").isTrue();
        return URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
    }

    private HttpResponse<String> get(HttpClient http, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(HttpClient http, String path, String form) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
