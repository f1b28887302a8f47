package se.ebba.shared.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The embedded PostgreSQL 17 (zonky) of the default run and the tests, run durable: {@code fsync},
 * {@code synchronous_commit} and {@code full_page_writes} on (zonky's defaults turn the first two
 * off). It can be stopped and started again on the same data directory and port, restarts itself
 * when its postmaster dies (a watchdog), and on start stops a postmaster that an earlier run killed
 * with {@code kill -9} left behind on the data directory.
 *
 * <p>On every start it makes sure of the roles: {@value #OWNER_ROLE} owns the database
 * {@value #DATABASE} and runs Flyway; the application connects as {@value #APP_ROLE}, which owns
 * nothing and gets its privileges from the Flyway callback {@code afterMigrate__app_role_privileges.sql}.
 *
 * <p>Every connection, over TCP and over the Unix socket, needs the role's password
 * (SCRAM-SHA-256): zonky's {@code initdb -A trust} would let any local OS user connect as any role,
 * the superuser included. A new data directory is initialised with {@code --auth=scram-sha-256} and
 * the superuser's password; before every start Ebba writes its own {@code pg_hba.conf}; and on every
 * start it sets the three roles' passwords. The passwords are generated once and kept in
 * {@code <data directory>-passwords.properties} beside the data directory, readable by the OS user
 * only ({@link EmbeddedCredentials}); a temporary database keeps them in memory. A data directory of
 * an earlier version (trust) is upgraded on its first start: the passwords are set while it still
 * trusts, then the new {@code pg_hba.conf} is loaded.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "ebba";
    public static final String OWNER_ROLE = "ebba_owner";
    public static final String APP_ROLE = "ebba_app";
    private static final String SUPERUSER = "postgres";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final Path dataDirectory;
    private final boolean temporary;
    private final EmbeddedCredentials credentials;
    /** The file of the passwords; null for a temporary database. */
    private final Path passwordsFile;
    /** Whether the passwords file existed before this run: without it a directory initialised with passwords cannot be opened. */
    private final boolean passwordsKnown;
    private final ScheduledExecutorService watchdog;
    private int port;
    private EmbeddedPostgres server;
    /** Whether the server should be running: false after {@link #stop()}, so that the watchdog leaves it. */
    private volatile boolean wanted;

    /**
     * @param dataDirectory where the data is kept; null for a temporary directory that is deleted on close
     * @param port          the port, 0 for a free one (kept across restarts)
     * @param watchInterval how often the watchdog checks that the postmaster is alive; zero for no watchdog
     */
    public EmbeddedDatabase(Path dataDirectory, int port, Duration watchInterval) {
        try {
            this.temporary = dataDirectory == null;
            this.dataDirectory = temporary ? Files.createTempDirectory("ebba-postgres") : dataDirectory.toAbsolutePath().normalize();
            Files.createDirectories(this.dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the data directory of the embedded PostgreSQL", e);
        }
        if (temporary) {
            this.passwordsFile = null;
            this.passwordsKnown = true;
            this.credentials = EmbeddedCredentials.generate(Set.of(SUPERUSER, OWNER_ROLE, APP_ROLE));
        } else {
            this.passwordsFile = this.dataDirectory.resolveSibling(this.dataDirectory.getFileName() + "-passwords.properties");
            this.passwordsKnown = Files.exists(passwordsFile);
            this.credentials = EmbeddedCredentials.loadOrCreate(passwordsFile, Set.of(SUPERUSER, OWNER_ROLE, APP_ROLE));
        }
        this.port = port;
        if (watchInterval.isZero()) {
            this.watchdog = null;
        } else {
            this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "embedded-postgres-watchdog");
                thread.setDaemon(true);
                return thread;
            });
            long millis = watchInterval.toMillis();
            watchdog.scheduleWithFixedDelay(this::restartIfDied, millis, millis, TimeUnit.MILLISECONDS);
        }
    }

    /** Starts the server (again) if it is not running, and makes sure of the roles and the database. */
    public synchronized void start() {
        if (server != null && postmasterAlive()) {
            wanted = true;
            return;
        }
        releaseCrashedServer();
        StalePostmaster.stop(dataDirectory);
        boolean fresh = !Files.exists(dataDirectory.resolve("postgresql.conf"));
        boolean trusting = !fresh && EmbeddedHba.trusts(dataDirectory);
        if (!fresh && !trusting && !passwordsKnown) {
            throw new IllegalStateException("The passwords of the embedded PostgreSQL in " + dataDirectory + " are not in " + passwordsFile
                    + ": restore that file from where it was (or a backup), or move the data directory away to start with an empty "
                    + "database (docs/operations.md, \"The embedded database\").");
        }
        Path superuserPasswordFile = null;
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    // zonky passes -F (fsync off) and synchronous_commit=off; these come after and win.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("timezone", "UTC")
                    .setServerConfig("password_encryption", "scram-sha-256")
                    .setLocaleConfig("encoding", "UTF8")
                    // zonky checks that the server is up by connecting as the superuser
                    .setConnectConfig("password", credentials.password(SUPERUSER))
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    // after initdb, before the server starts: only a directory that still trusts keeps its file until it has passwords
                    .setDataDirectoryCustomizer(directory -> {
                        if (!trusting) {
                            EmbeddedHba.write(directory.toPath());
                        }
                    })
                    // crash recovery after a kill can take a while on a slow disk
                    .setPGStartupWait(Duration.ofSeconds(60));
            if (fresh) {
                // initdb's options, after zonky's "-A trust" (the last one wins): passwords from the first start
                superuserPasswordFile = EmbeddedCredentials.writeSecretFile(
                        dataDirectory.resolveSibling(dataDirectory.getFileName() + ".initdb-password"), credentials.password(SUPERUSER));
                builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", superuserPasswordFile.toString());
            }
            if (port > 0) {
                builder.setPort(port);
            }
            server = builder.start();
            port = server.getPort();
        } catch (IOException | RuntimeException e) {
            // e.g. the JVM began to shut down while zonky started the server: leave no server behind
            StalePostmaster.stop(dataDirectory);
            if (e instanceof IOException io) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, io);
            }
            throw (RuntimeException) e;
        } finally {
            deleteQuietly(superuserPasswordFile);
        }
        bootstrapRolesAndDatabase(trusting);
        wanted = true;
        log.info("Embedded PostgreSQL running on port {} with data in {}", port, dataDirectory);
    }

    /** Stops the server (fast shutdown: open sessions are ended). The watchdog leaves it stopped. */
    public synchronized void stop() {
        wanted = false;
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                log.warn("Could not stop the embedded PostgreSQL cleanly: {}", e.getMessage());
            }
            server = null;
        }
    }

    @Override
    public void close() {
        if (watchdog != null) {
            watchdog.shutdownNow();
        }
        stop();
        if (temporary) {
            deleteRecursively(dataDirectory);
        }
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public int port() {
        return port;
    }

    /** The JDBC URL of the application's database (no user in it). */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
    }

    /** Connections to the application's database as the given role (no pool). */
    public DataSource dataSource(String role) {
        return new DriverManagerDataSource(jdbcUrl(), role, password(role));
    }

    /** The generated password of {@value #SUPERUSER}, {@value #OWNER_ROLE} or {@value #APP_ROLE}. */
    public String password(String role) {
        return credentials.password(role);
    }

    /** Where the passwords are kept; empty for a temporary database (in memory only). */
    public Optional<Path> passwordsFile() {
        return Optional.ofNullable(passwordsFile);
    }

    /** Connections as the superuser {@code postgres}, for operations and tests that bypass the roles. */
    public DataSource superuserDataSource() {
        return dataSource(SUPERUSER);
    }

    /** The pid of the running postmaster, from {@code postmaster.pid} in the data directory. */
    public OptionalLong postmasterPid() {
        return StalePostmaster.pidOf(dataDirectory);
    }

    private boolean postmasterAlive() {
        OptionalLong pid = postmasterPid();
        return pid.isPresent() && ProcessHandle.of(pid.getAsLong()).map(ProcessHandle::isAlive).orElse(false);
    }

    private void restartIfDied() {
        try {
            synchronized (this) {
                if (!wanted || server == null || postmasterAlive() || jvmShuttingDown()) {
                    return; // zonky's shutdown hook stops the server when the JVM exits: not a crash
                }
            }
            log.warn("The embedded PostgreSQL has stopped unexpectedly; starting it again on {}", dataDirectory);
            start();
        } catch (RuntimeException e) {
            log.warn("Could not restart the embedded PostgreSQL yet: {}", e.getMessage());
        }
    }

    private static boolean jvmShuttingDown() {
        Thread probe = new Thread(() -> { });
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }

    /** After a crash zonky's instance still holds its lock on the data directory: let it go. */
    private void releaseCrashedServer() {
        if (server == null) {
            return;
        }
        try {
            server.close(); // pg_ctl stop fails on a dead server (logged by zonky); the lock is released
        } catch (IOException e) {
            log.debug("Closing the crashed server", e);
        }
        server = null;
    }

    /**
     * The roles with their passwords, the database and its privileges. A data directory that still
     * trusts local connections (made by an earlier version) gets its passwords first, then the new
     * {@code pg_hba.conf}, which the running server loads at once.
     */
    private void bootstrapRolesAndDatabase(boolean trusting) {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("""
                    do $$
                    begin
                        if not exists (select from pg_roles where rolname = '%1$s') then
                            create role %1$s login nosuperuser nocreatedb nocreaterole;
                        end if;
                        if not exists (select from pg_roles where rolname = '%2$s') then
                            create role %2$s login nosuperuser nocreatedb nocreaterole noinherit;
                        end if;
                    end $$""".formatted(OWNER_ROLE, APP_ROLE));
            for (String role : List.of(SUPERUSER, OWNER_ROLE, APP_ROLE)) {
                // generated passwords hold only [A-Za-z0-9_-]: nothing to escape
                s.execute("alter role " + role + " password '" + credentials.password(role) + "'");
            }
            boolean exists;
            try (var rs = s.executeQuery("select count(*) from pg_database where datname = '" + DATABASE + "'")) {
                rs.next();
                exists = rs.getInt(1) > 0;
            }
            if (!exists) {
                s.execute("create database " + DATABASE + " owner " + OWNER_ROLE);
            }
            s.execute("revoke all on database " + DATABASE + " from public");
            s.execute("grant connect, temporary on database " + DATABASE + " to " + APP_ROLE);
            if (trusting) {
                EmbeddedHba.write(dataDirectory);
                s.execute("select pg_reload_conf()");
                log.warn("The embedded PostgreSQL in {} trusted every local connection; it now needs passwords, kept in {}",
                        dataDirectory, passwordsFile);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the roles and the database of the embedded PostgreSQL", e);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Could not delete {}", file);
            }
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.debug("Could not delete {}", dir, e);
        }
    }
}
