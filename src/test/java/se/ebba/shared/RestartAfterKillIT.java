package se.ebba.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import se.ebba.EbbaApplication;
import se.ebba.support.Api;
import se.ebba.support.PageClient;

/**
 * An Ebba killed with {@code kill -9} leaves its embedded PostgreSQL running on ./var/postgres; the
 * next start stops that server and starts on the first try. And a script that waits for readiness
 * finds the demo users there: the application is ready only once the demo data is loaded.
 */
class RestartAfterKillIT {

    @TempDir
    Path temp;

    @Test
    void anEbbaKilledWithKill9StartsAgainOnTheFirstTryAndIsReadyOnlyWithItsDemoUsers() throws Exception {
        Path data = temp.resolve("postgres");
        long orphan = earlierRunKilledWithKill9(data);
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("the orphaned postmaster").hasValue(true);

        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<Integer> statusWhenReady = new CopyOnWriteArrayList<>();
        List<Integer> readiness = new CopyOnWriteArrayList<>();
        AtomicBoolean polling = new AtomicBoolean(true);
        int appPort = port;
        Thread script = Thread.ofVirtual().start(() -> {
            while (polling.get()) {
                try {
                    int ready = new PageClient(appPort).get("/actuator/health/readiness").statusCode();
                    readiness.add(ready);
                    if (ready == 200) {
                        // what a script does as soon as Ebba says it is ready: a demo user is known (404, not 401)
                        statusWhenReady.add(Api.as("handlaggare.ost", appPort).get("/api/v1/cases/" + UUID.randomUUID()).status());
                        return;
                    }
                } catch (RuntimeException notListeningYet) {
                    // connection refused until the web server is up
                }
                se.ebba.support.Eventually.sleep(20);
            }
        });

        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(EbbaApplication.class).profiles("demo")
                .run("--server.port=" + port, "--ebba.embedded-postgres.data-directory=" + data, "--logging.level.root=warn",
                        "--server.shutdown=immediate")) {
            assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).as("the orphan was stopped").isFalse();
            script.join(java.time.Duration.ofSeconds(30));
            assertThat(statusWhenReady).as("the first call after readiness said UP").containsExactly(404);
            assertThat(readiness).last().isEqualTo(200);
        } finally {
            polling.set(false);
        }
    }

    /** Starts PostgreSQL from another JVM on the directory and kills that JVM with SIGKILL; returns the postmaster's pid. */
    static long earlierRunKilledWithKill9(Path data) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process earlier = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), OrphanedPostgres.class.getName(),
                data.toString()).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(earlier.getInputStream()))) {
            String line;
            while ((line = out.readLine()) != null && !line.contains("READY")) {
                // zonky's start-up output
            }
            assertThat(line).as("the earlier run started its database").isNotNull();
            earlier.destroyForcibly();
            earlier.waitFor();
        }
        return Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).getFirst().strip());
    }
}
