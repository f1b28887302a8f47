package se.ebba.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ebba.support.Eventually.await;
import static se.ebba.support.Eventually.sleep;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.Users;
import se.ebba.journal.JournalService;
import se.ebba.journal.JournalService.NewJournalEntry;
import se.ebba.journal.domain.JournalEntryType;
import se.ebba.shared.infra.EmbeddedDatabase;
import se.ebba.support.Api;
import se.ebba.support.EbbaIntegrationTest;
import se.ebba.support.EmbeddedDatabases;
import se.ebba.support.Households;
import se.ebba.support.TestUsers;

/**
 * What a user was told is saved stays saved when the database process dies.
 *
 * <p>Why both tests: a SIGKILL of PostgreSQL (without a crash of the operating system) keeps what
 * was already handed to the kernel, so {@code fsync=off} alone would not lose anything here; it
 * only matters when the machine itself stops, which a test cannot do. {@code synchronous_commit=off}
 * (zonky's default) does lose commits on a SIGKILL: the commit is acknowledged before its WAL
 * leaves PostgreSQL's memory. So the first test checks the settings, the second kills every
 * PostgreSQL process at once during writes and looks for every acknowledged write.
 */
@EbbaIntegrationTest
class DurableWritesIT {

    @LocalServerPort
    int port;
    @Autowired
    EmbeddedDatabase database;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JournalService journal;
    @Autowired
    Users users;

    @Test
    void theEmbeddedDatabaseFlushesEveryCommitToDisk() {
        for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
            assertThat(jdbc.sql("show " + setting).query(String.class).single()).as(setting).isEqualTo("on");
        }
    }

    @Test
    void everyAcknowledgedJournalEntryIsThereAfterEveryPostgresProcessIsKilledDuringTheWrites() throws Exception {
        String caseId = Api.as("mottagning.ost", port)
                .post("/api/v1/cases", Households.singleAdult("OSTERMALM", "19770315", "Hållbar", "Skrivsson")).json()
                .get("caseId").asString();
        CaseId id = new CaseId(UUID.fromString(caseId));
        CurrentUser karin = TestUsers.loggedIn(users, "handlaggare.ost");

        Set<UUID> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger failed = new AtomicInteger();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService writers = Executors.newFixedThreadPool(4);
        for (int w = 0; w < 4; w++) {
            writers.submit(() -> {
                int n = 0;
                while (writing.get()) {
                    try {
                        acknowledged.add(journal.write(id, new NewJournalEntry(null, JournalEntryType.NOTE, "Skrivning " + n++, null), karin).id());
                    } catch (RuntimeException e) {
                        failed.incrementAndGet();
                        sleep(20);
                    }
                }
            });
        }
        try {
            await(() -> acknowledged.size() >= 300, Duration.ofSeconds(60));
            List<Long> killed = EmbeddedDatabases.killAllPostgresProcesses(database);
            int acknowledgedAtKill = acknowledged.size();
            assertThat(killed).hasSizeGreaterThan(1);
            // the watchdog starts the database again on the same data directory; the writers carry on
            await(() -> failed.get() > 0 && acknowledged.size() > acknowledgedAtKill + 50, Duration.ofSeconds(90));
        } finally {
            writing.set(false);
            writers.shutdown();
            assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }

        Set<UUID> stored = Set.copyOf(jdbc.sql("select id from journal_entry where case_id = :case")
                .param("case", id.value()).query(UUID.class).list());
        assertThat(acknowledged).isNotEmpty();
        assertThat(stored).as("every acknowledged write survived the kill").containsAll(acknowledged);
    }
}
