package se.ebba.shared;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;

/**
 * An earlier run of Ebba in a JVM of its own: starts zonky's PostgreSQL on the data directory given
 * and waits to be killed with {@code kill -9}, which leaves the server running (an orphan).
 */
public final class OrphanedPostgres {

    private OrphanedPostgres() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedPostgres.builder().setDataDirectory(Path.of(args[0])).setCleanDataDirectory(false).start();
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
