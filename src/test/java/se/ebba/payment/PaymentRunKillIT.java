package se.ebba.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.ebba.support.Api;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Exactly once when the process dies: Ebba runs as a JVM of its own on its own data directory; a
 * payment run is held (test-only setting {@code ebba.payment-runs.pause-before-commit}) after it has
 * claimed every payment and written its file, and the JVM is killed with SIGKILL before the commit.
 * Started again on the same data (the orphaned PostgreSQL is stopped by {@code StalePostmaster}), the
 * killed run left nothing: no run, no file, nothing claimed; the rerun pays every payment once and a
 * further run finds nothing.
 */
class PaymentRunKillIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PAYMENTS_PER_CASE = 2;

    private final List<Process> started = new ArrayList<>();
    private Path data;

    @AfterEach
    void stopEverythingStarted() throws Exception {
        for (Process p : started) {
            if (p.isAlive()) {
                p.destroy();
                if (!p.waitFor(30, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            }
        }
        Path pid = data == null ? null : data.resolve("postmaster.pid");
        if (pid != null && Files.exists(pid)) {
            ProcessHandle.of(Long.parseLong(Files.readAllLines(pid).getFirst().strip())).ifPresent(ProcessHandle::destroy);
        }
        if (data != null && !Files.exists(pid)) {
            try (var files = Files.walk(data.getParent())) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    @Test
    void aRunKilledBeforeItsCommitLeavesNothingAndTheRerunPaysEveryPaymentExactlyOnce() throws Exception {
        data = Path.of("target", "payment-run-kill", UUID.randomUUID().toString(), "postgres").toAbsolutePath();
        Files.createDirectories(data.getParent());
        int port = freePort();
        int cases = 6;

        Child first = start(port, "120s", "seed", Integer.toString(cases));
        String[] seeded = first.await("SEEDED ", Duration.ofSeconds(150)).split(" ");
        String cashier = seeded[1];
        List<String> references = Arrays.asList(seeded[2].split(","));
        assertThat(references).hasSize(cases * PAYMENTS_PER_CASE);
        first.await("READY", Duration.ofSeconds(30));

        CompletableFuture<HttpResponse<String>> killedRun = HTTP.sendAsync(post(port, cashier, LocalDate.now(java.time.ZoneId.of("Europe/Stockholm"))), HttpResponse.BodyHandlers.ofString());
        first.await("pausing", Duration.ofSeconds(60));
        first.process().destroyForcibly();
        assertThat(first.process().waitFor(30, TimeUnit.SECONDS)).as("the JVM died").isTrue();
        assertThat(first.process().exitValue()).as("killed by SIGKILL").isEqualTo(137);
        assertThat(killedRun).failsWithin(Duration.ofSeconds(30));

        Child second = start(port, "0s");
        second.await("READY", Duration.ofSeconds(150));
        assertThat(JSON.readTree(send(get(port, cashier, "/api/v1/payment-runs", "application/json")).body()))
                .as("the killed run left no run behind").isEmpty();

        HttpResponse<String> rerun = send(post(port, cashier, LocalDate.now(java.time.ZoneId.of("Europe/Stockholm"))));
        assertThat(rerun.statusCode()).as(rerun.body()).isEqualTo(201);
        assertThat(JSON.readTree(rerun.body()).get("payments").asInt()).isEqualTo(references.size());
        assertThat(send(post(port, cashier, LocalDate.now(java.time.ZoneId.of("Europe/Stockholm")))).statusCode()).as("nothing is left to pay").isEqualTo(422);

        JsonNode runs = JSON.readTree(send(get(port, cashier, "/api/v1/payment-runs", "application/json")).body());
        List<String> inFiles = new ArrayList<>();
        for (JsonNode run : runs) {
            HttpResponse<String> file = send(get(port, cashier, run.get("file").asString(), "application/xml"));
            assertThat(file.statusCode()).isEqualTo(200);
            inFiles.addAll(PaymentRunIT.references(file.body().getBytes(StandardCharsets.UTF_8)));
        }
        assertThat(runs).hasSize(1);
        assertThat(inFiles).as("every payment in exactly one stored file, none lost").doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(references);
    }

    private record Child(Process process, BlockingQueue<String> lines, List<String> seen) {

        /** Waits for the first output line containing {@code text} and returns it. */
        String await(String text, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                String line = lines.poll(1, TimeUnit.SECONDS);
                if (line != null && line.contains(text)) {
                    return line.substring(line.indexOf(text));
                }
                if (line == null && !process.isAlive() && lines.isEmpty()) {
                    break;
                }
            }
            throw new AssertionError("Ebba did not say \"" + text + "\" in time; its last lines:\n"
                    + String.join("\n", seen.subList(Math.max(0, seen.size() - 40), seen.size())));
        }
    }

    private Child start(int port, String pause, String... extra) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"), RunProcess.class.getName(),
                Integer.toString(port), data.toString(), pause));
        command.addAll(List.of(extra));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        started.add(process);
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        Thread.ofVirtual().start(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    seen.add(line);
                    lines.add(line);
                }
            } catch (java.io.IOException ended) {
                // the process was killed
            }
        });
        return new Child(process, lines, seen);
    }

    private static HttpRequest post(int port, String cashier, LocalDate date) {
        return request(port, cashier, "/api/v1/payment-runs", "application/json")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"paymentDate\": \"" + date + "\"}")).build();
    }

    private static HttpRequest get(int port, String cashier, String path, String accept) {
        return request(port, cashier, path, accept).GET().build();
    }

    private static HttpRequest.Builder request(int port, String cashier, String path, String accept) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(150))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((cashier + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", accept + ", application/problem+json");
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
