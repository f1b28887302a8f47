package se.ebba.monthly;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.ebba.application.Applications;
import se.ebba.application.domain.Application;
import se.ebba.calculation.Calculations;
import se.ebba.casefile.domain.CaseId;
import se.ebba.decision.Decisions;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.Users;
import se.ebba.support.EbbaIntegrationTest;
import se.ebba.support.TestUsers;

/**
 * Not a test: a measurement (docs/performance.md, "Monthly proposals"). From the commit of the
 * transaction that marks a monthly application complete (and publishes the event) to the moment its
 * proposal is visible in the embedded PostgreSQL, for a number of applications one after another.
 * Run: ./mvnw -o verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ProposalLatencyBenchmarkIT -Dbenchmark.proposals=true
 */
@EbbaIntegrationTest
@EnabledIfSystemProperty(named = "benchmark.proposals", matches = "true")
class ProposalLatencyBenchmarkIT {

    static final int WARM_UP = 10;
    static final int MEASURED = 100;

    @LocalServerPort
    int port;
    @Autowired
    Applications applications;
    @Autowired
    Calculations calculations;
    @Autowired
    Decisions decisions;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    Users users;

    @Test
    void measureFromTheCompletingCommitToTheStoredProposal() throws Exception {
        var fixtures = new MonthlyProposalFixtures(port, applications, calculations, decisions, events, transactions, jdbc, clock);
        CurrentUser sara = TestUsers.loggedIn(users, "ekonomi.ost");
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            CaseId caseId = fixtures.singleAdult("Mätsson");
            long[] committedAt = new long[1];
            MonthlyApplicationCompleted completed = transactions.execute(status -> {
                Application application = fixtures.register(caseId, fixtures.month(), sara);
                applications.markComplete(caseId, application.id(), "Alla underlag har kommit in.", sara);
                MonthlyApplicationCompleted event = new MonthlyApplicationCompleted(caseId, application.id(), fixtures.month(), Instant.now(clock),
                        false, MonthlyProposalFixtures.input(fixtures.month(), 6_000), List.of());
                events.publishEvent(event);
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        committedAt[0] = System.nanoTime();
                    }
                });
                return event;
            });
            while (fixtures.count(completed) == 0) {
                Thread.sleep(1);
            }
            long stored = System.nanoTime();
            if (i >= WARM_UP) {
                millis.add((stored - committedAt[0]) / 1_000_000.0);
            }
        }
        Collections.sort(millis);
        String report = "proposals=%d p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms mean=%.1f ms%n".formatted(millis.size(),
                at(millis, 0.50), at(millis, 0.95), at(millis, 0.99), millis.getLast(),
                millis.stream().mapToDouble(Double::doubleValue).average().orElseThrow());
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "proposal-latency.txt"), report);
        System.out.print("PROPOSAL LATENCY " + report);
    }

    static double at(List<Double> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1));
    }
}
