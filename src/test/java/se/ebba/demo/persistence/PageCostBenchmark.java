package se.ebba.demo.persistence;

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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * What one view of each staff-day page costs on its own, next to the floor (docs/performance.md,
 * "Page cost, one user at a time"): a generated caseworker of the load-test unit opens the floor
 * ({@code /konto}), a case, its journal, a decision and its letter PDF in turn, 1 000 rounds to warm
 * up and 3 000 measured, one request at a time, so that neither the machine's other load nor a
 * drift over time favours one page. Not a test: run it by name,
 * {@code ./mvnw -o test -Dtest=PageCostBenchmark -Dsurefire.failIfNoSpecifiedTests=false};
 * the table is written to {@code target/page-cost.txt}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ebba.embedded-postgres.data-directory=", "logging.level.root=warn", "server.shutdown=immediate",
        "ebba.loadtest.households=2000", "ebba.loadtest.caseworkers=10", "ebba.loadtest.feeder-file=target/page-cost/feeder.csv"})
@ActiveProfiles("loadtest")
class PageCostBenchmark {

    static final int WARM_UP_ROUNDS = 1_000;
    static final int ROUNDS = 3_000;

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void eachPageOnceInTurn() throws Exception {
        List<String> feeder = Files.readAllLines(Path.of("target/page-cost/feeder.csv"));
        String user = feeder.get(1).split(",")[0];
        List<String[]> cases = feeder.stream().skip(1).map(l -> l.split(",")).filter(r -> r[0].equals(user)).toList();
        logIn(user);
        Map<String, Function<String[], String>> pages = new LinkedHashMap<>();
        pages.put("floor: /konto", c -> "/konto");
        pages.put("case", c -> "/arenden/" + c[1]);
        pages.put("journal", c -> "/arenden/" + c[1] + "/journal");
        pages.put("decision", c -> "/arenden/" + c[1] + "/beslut/" + c[2]);
        pages.put("letter PDF", c -> "/arenden/" + c[1] + "/beslut/" + c[2] + "/brev.pdf");
        Map<String, long[]> times = new LinkedHashMap<>();
        pages.keySet().forEach(p -> times.put(p, new long[ROUNDS]));
        for (int round = 0; round < WARM_UP_ROUNDS + ROUNDS; round++) {
            String[] c = cases.get(round % cases.size());
            for (Map.Entry<String, Function<String[], String>> page : pages.entrySet()) {
                long start = System.nanoTime();
                HttpResponse<Void> response = http.send(request(page.getValue().apply(c)).GET().build(), HttpResponse.BodyHandlers.discarding());
                long took = System.nanoTime() - start;
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(page.getKey() + " answered " + response.statusCode());
                }
                if (round >= WARM_UP_ROUNDS) {
                    times.get(page.getKey())[round - WARM_UP_ROUNDS] = took;
                }
            }
        }
        List<String> report = new ArrayList<>(List.of("| page | p50 ms | p90 ms | p95 ms | p50 / floor p50 |", "| --- | ---: | ---: | ---: | ---: |"));
        double floor = percentile(times.get("floor: /konto"), 50);
        times.forEach((page, t) -> report.add("| %s | %.2f | %.2f | %.2f | %.1f × |".formatted(page, percentile(t, 50), percentile(t, 90),
                percentile(t, 95), percentile(t, 50) / floor)));
        Files.write(Path.of("target/page-cost.txt"), report);
        report.forEach(System.out::println);
    }

    private static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length * p / 100] / 1e6;
    }

    private void logIn(String user) throws IOException, InterruptedException {
        String login = http.send(request("/login").GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String form = "username=" + user + "&password=" + LoadTestUnit.PASSWORD + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        http.send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }
}
