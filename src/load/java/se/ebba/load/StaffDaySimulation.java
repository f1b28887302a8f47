package se.ebba.load;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A caseworker's day in Ebba, for {@code users} caseworkers of the generated load-test unit at once
 * (docs/performance.md, "Staff day under load"). Each virtual user logs in once with the form and its
 * CSRF token, with a session of its own, and then, until the time is up, goes round: "Mina ärenden",
 * the account page (the floor: an authenticated page that reads nothing but the session), a search
 * for one of its applicants (by personnummer, every third time by name), the case, its journal, a new
 * journal entry (both POSTs with the form's one-time {@code _formToken}, as a browser sends it), a
 * decision and its letter as PDF, with a think time between every two requests.
 * Loopback only; every loop ends by itself after {@code durationSeconds}. Before the day, a warm-up of
 * {@code warmUpUsers} users going round without much think time for {@code warmUpSeconds} lets the JIT
 * compile the code paths; its requests are named "warm-up: …" and left out of the results.
 *
 * <p>System properties: {@code ebba.baseUrl} (http://127.0.0.1:18080), {@code ebba.users} (200),
 * {@code ebba.rampSeconds} (120), {@code ebba.durationSeconds} (300), {@code ebba.pauseMin} /
 * {@code ebba.pauseMax} (2 / 6 s), {@code ebba.feeder} (var/loadtest/feeder.csv, written by the app's
 * {@code loadtest} profile), {@code ebba.password}, {@code ebba.warmUpSeconds} (60), {@code ebba.warmUpUsers} (10).
 */
public class StaffDaySimulation extends Simulation {

    private static final String BASE_URL = System.getProperty("ebba.baseUrl", "http://127.0.0.1:18080");
    private static final int USERS = Integer.getInteger("ebba.users", 200);
    private static final int RAMP_SECONDS = Integer.getInteger("ebba.rampSeconds", 120);
    private static final int DURATION_SECONDS = Integer.getInteger("ebba.durationSeconds", 300);
    private static final Duration PAUSE_MIN = Duration.ofMillis(Long.getLong("ebba.pauseMinMillis", 2_000));
    private static final Duration PAUSE_MAX = Duration.ofMillis(Long.getLong("ebba.pauseMaxMillis", 6_000));
    private static final String FEEDER = System.getProperty("ebba.feeder", "var/loadtest/feeder.csv");
    private static final String PASSWORD = System.getProperty("ebba.password", "ebba-lasttest-2026");
    private static final int WARM_UP_SECONDS = Integer.getInteger("ebba.warmUpSeconds", 60);
    private static final int WARM_UP_USERS = Integer.getInteger("ebba.warmUpUsers", 10);
    /** Requests of the warm-up carry this prefix; they are left out of the results. */
    private static final String WARM_UP = "warm-up: ";

    static {
        if (!BASE_URL.matches("https?://(127\\.\\d+\\.\\d+\\.\\d+|localhost|\\[::1\\])(:\\d+)?/?")) {
            throw new IllegalArgumentException("The load test only runs against loopback, not " + BASE_URL);
        }
    }

    /** One record per caseworker: the user name and the cases (case, decision, personnummer, name) to work on. */
    private static List<Map<String, Object>> caseworkers() {
        Map<String, List<String[]>> byUser = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(Path.of(FEEDER), StandardCharsets.UTF_8).stream().skip(1).toList()) {
                if (!line.isBlank()) {
                    String[] f = line.split(",");
                    byUser.computeIfAbsent(f[0], u -> new ArrayList<>()).add(new String[] {f[1], f[2], f[3], f[4]});
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Start the app with the loadtest profile first (bench/load.sh): " + FEEDER, e);
        }
        if (byUser.size() < USERS) {
            throw new IllegalStateException("The feeder has " + byUser.size() + " caseworkers, fewer than " + USERS + " users");
        }
        List<Map<String, Object>> records = new ArrayList<>();
        byUser.forEach((user, cases) -> records.add(Map.of("username", user, "cases", cases)));
        return records;
    }

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
            .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
            .acceptLanguageHeader("sv-SE,sv;q=0.9")
            .userAgentHeader("Ebba load test (Gatling)")
            .disableFollowRedirect();

    private static ChainBuilder login(String prefix) {
        return exec(
                http(prefix + "login page").get("/login").check(status().is(200), css("input[name=_csrf]", "value").saveAs("csrf")),
                http(prefix + "login").post("/login")
                        .formParam("username", "#{username}").formParam("password", PASSWORD).formParam("_csrf", "#{csrf}")
                        .check(status().is(302), header("Location").transform(location -> location.contains("fel")).is(false)));
    }

    /**
     * The one-time token every server-rendered form carries ({@code _formToken}, a random UUID made when
     * the form is rendered and checked by the app only when it comes back): a browser sends a fresh one
     * with each submit, so the simulation does too, and the app pays for claiming it as it would.
     */
    private static String formToken() {
        return UUID.randomUUID().toString();
    }

    /** Picks the next case of the caseworker's list for this round. */
    private static final ChainBuilder nextCase = exec(session -> {
        @SuppressWarnings("unchecked")
        List<String[]> cases = (List<String[]>) session.get("cases");
        int round = session.getInt("round");
        String[] c = cases.get(round % cases.size());
        String pnr = c[2].substring(0, 8) + "-" + c[2].substring(8);
        return session.set("caseId", c[0]).set("decisionId", c[1])
                .set("searchText", round % 3 == 2 ? c[3] : pnr).set("searchKind", round % 3 == 2 ? "search by name" : "search by personnummer");
    });

    private static ChainBuilder round(String prefix, Duration pauseMin, Duration pauseMax) {
        return exec(
            nextCase,
            http(prefix + "Mina ärenden").get("/mina-arenden")
                    .check(status().is(200), css("meta[name=_csrf]", "content").saveAs("csrf")))
            .pause(pauseMin, pauseMax)
            .exec(http(prefix + "floor: /konto").get("/konto").check(status().is(200)))
            .pause(pauseMin, pauseMax)
            .exec(http(prefix + "#{searchKind}").post("/sok").header("HX-Request", "true")
                    .formParam("query", "#{searchText}").formParam("_csrf", "#{csrf}").formParam("_formToken", session -> formToken())
                    .check(status().is(200), substring("#{caseId}")))
            .pause(pauseMin, pauseMax)
            .exec(http(prefix + "case").get("/arenden/#{caseId}").check(status().is(200)),
                    http(prefix + "journal").get("/arenden/#{caseId}/journal").header("HX-Request", "true").check(status().is(200)))
            .pause(pauseMin, pauseMax)
            .exec(http(prefix + "write journal entry").post("/arenden/#{caseId}/journal")
                    .formParam("entryDate", session -> LocalDate.now().toString())
                    .formParam("type", "PHONE_CALL")
                    .formParam("text", "Lasttest: telefonsamtal med sökande om kompletteringen. Underlaget kommer in under veckan.")
                    .formParam("_csrf", "#{csrf}").formParam("_formToken", session -> formToken())
                    .check(status().is(302)))
            .pause(pauseMin, pauseMax)
            .exec(http(prefix + "decision").get("/arenden/#{caseId}/beslut/#{decisionId}").check(status().is(200)))
            .pause(pauseMin, pauseMax)
            .exec(http(prefix + "letter PDF").get("/arenden/#{caseId}/beslut/#{decisionId}/brev.pdf")
                    .check(status().is(200), header("Content-Type").is("application/pdf")))
            .pause(pauseMin, pauseMax);
    }

    private final ScenarioBuilder warmUp = scenario("Warm-up")
            .feed(listFeeder(caseworkers()).circular())
            .exec(login(WARM_UP))
            .during(Duration.ofSeconds(WARM_UP_SECONDS), "round").on(round(WARM_UP, Duration.ofMillis(200), Duration.ofMillis(1_000)));

    private final ScenarioBuilder staffDay = scenario("Staff day")
            .feed(listFeeder(caseworkers()).queue())
            .exec(login(""))
            .pause(PAUSE_MIN, PAUSE_MAX)
            .during(Duration.ofSeconds(DURATION_SECONDS), "round").on(round("", PAUSE_MIN, PAUSE_MAX));

    {
        var day = staffDay.injectOpen(rampUsers(USERS).during(Duration.ofSeconds(RAMP_SECONDS)));
        setUp(WARM_UP_SECONDS > 0 ? warmUp.injectOpen(rampUsers(WARM_UP_USERS).during(Duration.ofSeconds(5))).andThen(day) : day)
                .protocols(protocol)
                .maxDuration(Duration.ofSeconds(WARM_UP_SECONDS + RAMP_SECONDS + DURATION_SECONDS + 180L))
                .assertions(
                        global().failedRequests().count().is(0L),
                        details("floor: /konto").responseTime().percentile(95.0).lt(250));
    }
}
