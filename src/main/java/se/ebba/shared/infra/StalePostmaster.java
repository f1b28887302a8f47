package se.ebba.shared.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A postmaster left on the data directory by an earlier run (the JVM killed with {@code kill -9}
 * leaves zonky's server running), or backends of a postmaster that died, which would keep a new
 * postmaster from starting.
 */
final class StalePostmaster {

    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);

    private StalePostmaster() {
    }

    static OptionalLong pidOf(Path dataDirectory) {
        List<String> lines = pidFile(dataDirectory);
        if (lines.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(lines.getFirst().strip()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    static void stop(Path dataDirectory) {
        List<String> lines = pidFile(dataDirectory);
        OptionalLong pid = pidOf(dataDirectory);
        if (pid.isPresent()) {
            Optional<ProcessHandle> process = ProcessHandle.of(pid.getAsLong()).filter(ProcessHandle::isAlive);
            boolean ours = lines.size() > 1 && sameDirectory(Path.of(lines.get(1).strip()), dataDirectory);
            if (process.isPresent() && isPostgres(process.get()) && ours) {
                log.warn("A PostgreSQL server left behind by an earlier run (pid {}) still holds {}; stopping it",
                        pid.getAsLong(), dataDirectory);
                signal(process.get(), "INT"); // fast shutdown
                if (!awaitExit(process.get(), Duration.ofSeconds(30))) {
                    process.get().destroyForcibly();
                    awaitExit(process.get(), Duration.ofSeconds(10));
                }
            } else if (process.isPresent()) {
                // The pid has been reused by another process: PostgreSQL would refuse to start.
                log.warn("Removing a stale postmaster.pid in {}", dataDirectory);
                try {
                    Files.deleteIfExists(dataDirectory.resolve("postmaster.pid"));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        awaitOrphanedBackends(dataDirectory);
    }

    /** Backends of a dead postmaster end by themselves once they notice; wait for them, then kill. */
    private static void awaitOrphanedBackends(Path dataDirectory) {
        List<ProcessHandle> backends = backendsOf(dataDirectory);
        if (backends.isEmpty()) {
            return;
        }
        log.warn("Waiting for {} processes of an earlier PostgreSQL server on {} to end", backends.size(), dataDirectory);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        for (ProcessHandle backend : backends) {
            long left = Math.max(0, deadline - System.nanoTime());
            if (!awaitExit(backend, Duration.ofNanos(left))) {
                backend.destroyForcibly();
                awaitExit(backend, Duration.ofSeconds(5));
            }
        }
    }

    /** PostgreSQL processes whose working directory is the data directory (Linux only). */
    static List<ProcessHandle> backendsOf(Path dataDirectory) {
        if (!Files.isDirectory(Path.of("/proc/self"))) {
            return List.of();
        }
        return ProcessHandle.allProcesses().filter(ProcessHandle::isAlive).filter(StalePostmaster::isPostgres)
                .filter(p -> {
                    try {
                        return sameDirectory(Files.readSymbolicLink(Path.of("/proc", Long.toString(p.pid()), "cwd")), dataDirectory);
                    } catch (IOException | UnsupportedOperationException | SecurityException e) {
                        return false;
                    }
                })
                .toList();
    }

    private static List<String> pidFile(Path dataDirectory) {
        Path file = dataDirectory.resolve("postmaster.pid");
        try {
            return Files.exists(file) ? Files.readAllLines(file) : List.of();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(c -> Path.of(c).getFileName().toString())
                .filter(name -> name.equals("postgres") || name.equals("postgres.exe")).isPresent();
    }

    private static boolean sameDirectory(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    private static void signal(ProcessHandle process, String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).redirectErrorStream(true).start();
            kill.getInputStream().readAllBytes();
            if (kill.waitFor() == 0) {
                return;
            }
        } catch (IOException e) {
            log.debug("No kill command", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.destroy(); // SIGTERM: smart shutdown, enough once the clients of the dead run are gone
    }

    private static boolean awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return !process.isAlive();
        } catch (java.util.concurrent.ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
