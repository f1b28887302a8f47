package se.ebba.support;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.ebba.shared.infra.EmbeddedDatabase;

/** The embedded database of the tests seen as its owner or superuser, and killed as a crash would. */
public final class EmbeddedDatabases {

    private EmbeddedDatabases() {
    }

    /** The schema owner, who runs Flyway: not stopped by privileges, only by the triggers. */
    public static JdbcClient asOwner(EmbeddedDatabase database) {
        return JdbcClient.create(database.dataSource(EmbeddedDatabase.OWNER_ROLE));
    }

    /** The superuser {@code postgres}: what an operator with full access could do. */
    public static JdbcClient asSuperuser(EmbeddedDatabase database) {
        return JdbcClient.create(database.superuserDataSource());
    }

    /**
     * SIGKILL to the postmaster and every process it started, in one {@code kill}: no process gets to
     * write out what it holds in memory, as in a crash of the server.
     */
    public static List<Long> killAllPostgresProcesses(EmbeddedDatabase database) {
        long postmaster = database.postmasterPid().orElseThrow();
        List<Long> pids = new ArrayList<>();
        pids.add(postmaster);
        ProcessHandle.of(postmaster).ifPresent(p -> p.descendants().forEach(d -> pids.add(d.pid())));
        List<String> command = new ArrayList<>(List.of("kill", "-KILL"));
        pids.forEach(pid -> command.add(Long.toString(pid)));
        try {
            new ProcessBuilder(command).inheritIO().start().waitFor();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return pids;
    }
}
