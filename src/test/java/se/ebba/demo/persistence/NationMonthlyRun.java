package se.ebba.demo.persistence;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import se.ebba.application.domain.ApplicationId;
import se.ebba.casefile.domain.CaseId;
import se.ebba.decision.Decisions;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.domain.UnitId;
import se.ebba.monthly.MonthlyApplicationCompleted;
import se.ebba.monthly.MonthlyProposals;
import se.ebba.monthly.domain.MonthlyProposal;
import se.ebba.payment.PaymentChecks;
import se.ebba.payment.PaymentRuns;
import se.ebba.payment.domain.PaymentRun;
import se.ebba.shared.InvalidInputException;

/**
 * The whole monthly run of issue 9 on the nation-size unit, through the application's own paths and
 * with its own users (docs/performance.md, "Nation-size load"): the run month's complete applications
 * are announced as {@link MonthlyApplicationCompleted} (as {@code MonthlyApplications} does on
 * completeness, through the event publication registry), so the asynchronous listeners prepare every
 * proposal and grant the unchanged ones under the unit's rule, and the payments of every decision are
 * proposed; the payment officer decides what waits for a person; the cashier verifies every payment;
 * one payment run writes the pain.001 file. Each step is timed on its own.
 */
final class NationMonthlyRun {

    /** Events per publishing transaction. */
    static final int EVENTS_PER_TRANSACTION = 200;
    /** Threads of the payment officer's and the cashier's work (the staff of a large unit at once). */
    static final int STAFF_THREADS = 4;
    static final Duration STEP_TIMEOUT = Duration.ofHours(2);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final MonthlyProposals proposals;
    private final Decisions decisions;
    private final PaymentChecks checks;
    private final PaymentRuns runs;
    private final UnitId unit;
    private final StaffUsers users;

    /** The unit's payment officer, cashier and team lead. */
    record StaffUsers(CurrentUser paymentOfficer, CurrentUser cashier, CurrentUser teamLead) {
    }

    /** The steps' milliseconds in order, and the run. */
    record Result(Map<String, Long> millis, PaymentRun run) {

        long totalMillis() {
            return millis.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    NationMonthlyRun(JdbcClient jdbc, TransactionTemplate transactions, ApplicationEventPublisher events, MonthlyProposals proposals,
                     Decisions decisions, PaymentChecks checks, PaymentRuns runs, UnitId unit, StaffUsers users) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
        this.proposals = proposals;
        this.decisions = decisions;
        this.checks = checks;
        this.runs = runs;
        this.unit = unit;
        this.users = users;
    }

    Result run(List<NationLoad.Completed> completed, YearMonth month) throws Exception {
        Map<String, Long> millis = new LinkedHashMap<>();
        long started = System.nanoTime();
        for (int i = 0; i < completed.size(); i += EVENTS_PER_TRANSACTION) {
            List<NationLoad.Completed> chunk = completed.subList(i, Math.min(completed.size(), i + EVENTS_PER_TRANSACTION));
            transactions.executeWithoutResult(t -> chunk.forEach(c -> events.publishEvent(new MonthlyApplicationCompleted(new CaseId(c.caseId()),
                    new ApplicationId(c.applicationId()), month, c.completedAt(), false, c.input(), List.of()))));
        }
        awaitNoOutstandingEvents();
        millis.put("proposals prepared, unchanged ones granted by the rule, their payments proposed", elapsed(started));

        started = System.nanoTime();
        List<MonthlyProposal> waiting = proposals.ofMonth(unit, month, users.paymentOfficer()).stream().filter(MonthlyProposal::waiting).toList();
        AtomicInteger sent = new AtomicInteger();
        inParallel(waiting, p -> {
            try {
                proposals.decide(p.caseId(), p.id(), page -> MonthlyProposals.fullGrant(page.application()), users.paymentOfficer());
            } catch (InvalidInputException beyondDelegation) {
                // above the payment officer's delegation: sent on, and decided by the team lead from "Beslut att fatta"
                proposals.sendToCaseworker(p.caseId(), p.id(), page -> MonthlyProposals.fullGrant(page.application()), users.paymentOfficer());
                decisions.decide(p.caseId(), p.applicationId(), page -> MonthlyProposals.fullGrant(page.application()), users.teamLead());
                sent.incrementAndGet();
            }
        });
        awaitNoOutstandingEvents();
        millis.put("the " + waiting.size() + " changed ones decided (" + sent + " beyond the payment officer's delegation by the team lead), "
                + "their payments proposed", elapsed(started));

        started = System.nanoTime();
        // as the cashier works the page: the first PAGE payments, "Attestera alla som visas", the next page
        int verified = 0;
        for (List<PaymentChecks.ToVerify> page = checks.toVerify(users.cashier()); !page.isEmpty(); page = checks.toVerify(users.cashier())) {
            verified += checks.verifyAll(page.stream().filter(v -> !v.ownDecision())
                    .map(v -> new PaymentChecks.Verification(v.payment().id(), v.payment().version())).toList(), users.cashier()).verified().size();
        }
        millis.put("cashier verifies " + verified + " payments, " + PaymentChecks.PAGE + " at a time (Attestera alla som visas)", elapsed(started));

        started = System.nanoTime();
        LocalDate paymentDate = jdbc.sql("select max(payment_date) from payment where unit_id = :u").param("u", unit.value())
                .query(LocalDate.class).single();
        PaymentRun run = runs.start(paymentDate, users.cashier());
        millis.put("payment run: claim, pain.001 file (" + run.payments() + " payments), schema check, stored", elapsed(started));
        return new Result(millis, run);
    }

    private <T> void inParallel(List<T> items, Consumer<T> work) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(STAFF_THREADS)) {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < STAFF_THREADS; t++) {
                int offset = t;
                done.add(pool.submit(() -> {
                    for (int i = offset; i < items.size(); i += STAFF_THREADS) {
                        work.accept(items.get(i));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
    }

    /** Waits until every event publication is completed (the listeners are done), or fails after the step's timeout. */
    private void awaitNoOutstandingEvents() throws InterruptedException {
        long deadline = System.nanoTime() + STEP_TIMEOUT.toNanos();
        while (jdbc.sql("select exists (select 1 from event_publication where completion_date is null)").query(Boolean.class).single()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Listeners still busy after " + STEP_TIMEOUT);
            }
            Thread.sleep(100);
        }
    }

    private static long elapsed(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
