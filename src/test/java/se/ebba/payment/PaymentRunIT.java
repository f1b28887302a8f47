package se.ebba.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import se.ebba.payment.RunTestData.RunUnit;
import se.ebba.payment.domain.Pain001Schema;
import se.ebba.payment.domain.PaymentRun;
import se.ebba.payment.domain.PaymentRunId;
import se.ebba.shared.MissingDataException;
import se.ebba.shared.NotFoundException;
import se.ebba.support.EbbaIntegrationTest;

// A context (and database) of their own: these tests add units, and the shared demo database keeps exactly its two (DemoDataIT).
@EbbaIntegrationTest
@TestPropertySource(properties = "ebba.test.context=payment-runs")
class PaymentRunIT {

    private static final Pattern END_TO_END = Pattern.compile("<EndToEndId>([A-Z0-9]+)</EndToEndId>");

    @Autowired
    ApplicationContext context;
    @Autowired
    PaymentRuns runs;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Clock clock;

    RunTestData data;
    LocalDate today;

    @BeforeEach
    void setUp() {
        data = new RunTestData(context);
        today = LocalDate.now(clock);
    }

    @Test
    void aRunExportsTheVerifiedPaymentsDueByItsDateIntoOneValidStoredFile() {
        RunUnit unit = data.unit();
        List<UUID> due = data.verifiedPayments(unit, 2, today);
        List<UUID> later = data.verifiedPayments(unit, 1, today.plusDays(5));

        PaymentRun run = runs.start(today.plusDays(1), unit.cashier());

        assertThat(run.payments()).isEqualTo(4);
        assertThat(run.total()).isEqualTo(6_000 + 4_000 + 6_000 + 4_001);
        for (UUID id : due) {
            assertThat(jdbc.sql("select state || ' ' || run_id || ' ' || version from payment where id = :id").param("id", id)
                    .query(String.class).single()).isEqualTo("EXPORTED " + run.id() + " 2");
            assertThat(jdbc.sql("select from_state || '→' || to_state from payment_state_change where payment_id = :id").param("id", id)
                    .query(String.class).list()).containsExactly("VERIFIED→EXPORTED");
        }
        assertThat(jdbc.sql("select state from payment where id in (:ids)").param("ids", later).query(String.class).list())
                .containsOnly("VERIFIED");
        byte[] file = runs.file(run.id(), unit.cashier()).content();
        assertThat(Pain001Schema.problems(file)).isEmpty();
        assertThat(references(file)).containsExactlyInAnyOrderElementsOf(referencesOf(due));
        assertThat(new String(file, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("19870304").doesNotContainIgnoringCase("bistånd");
    }

    @Test
    void theRunIsLoggedAsOneRowNamingEveryCaseItPaid() {
        RunUnit unit = data.unit();
        List<UUID> due = data.verifiedPayments(unit, 2, today);

        PaymentRun run = runs.start(today, unit.cashier());

        List<UUID> cases = jdbc.sql("select distinct case_id from payment where id in (:ids)").param("ids", due).query(UUID.class).list();
        List<String> rows = jdbc.sql("""
                        select action || ' ' || subject_type || ' ' || subject_id || ' ' || cardinality(case_ids) from access_log
                         where user_id = :user and subject_id = :run
                        """)
                .param("user", unit.cashier().id().value()).param("run", run.id().value()).query(String.class).list();
        assertThat(rows).containsExactly("START_PAYMENT_RUN PAYMENT_RUN " + run.id() + " " + cases.size());
        assertThat(jdbc.sql("select case_ids from access_log where user_id = :user and subject_id = :run and action = 'START_PAYMENT_RUN'")
                .param("user", unit.cashier().id().value()).param("run", run.id().value())
                .query((rs, n) -> List.of((UUID[]) rs.getArray(1).getArray())).single()).containsExactlyInAnyOrderElementsOf(cases);
    }

    @Test
    void aSecondRunForTheSameDateFindsNothingLeftToPay() {
        RunUnit unit = data.unit();
        data.verifiedPayments(unit, 1, today);
        runs.start(today, unit.cashier());

        assertThatThrownBy(() -> runs.start(today, unit.cashier())).isInstanceOf(MissingDataException.class)
                .hasMessageContaining("Det finns inga attesterade utbetalningar");
        assertThat(runs.runs(unit.cashier())).hasSize(1);
    }

    @Test
    void aRunSkipsPaymentsThatAnotherRunHoldsAndTheNextRunTakesThemOnceReleased() throws Exception {
        RunUnit unit = data.unit();
        List<UUID> payments = data.verifiedPayments(unit, 3, today);
        List<UUID> held = payments.subList(0, 2);
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService other = Executors.newSingleThreadExecutor();
        Future<?> holder = other.submit(() -> transactions.executeWithoutResult(status -> {
            jdbc.sql("select id from payment where id in (:ids) for update").param("ids", held).query(UUID.class).list();
            locked.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        locked.await();

        PaymentRun first = runs.start(today, unit.cashier());
        release.countDown();
        holder.get();
        other.shutdown();
        PaymentRun second = runs.start(today, unit.cashier());

        assertThat(first.payments()).isEqualTo(4);
        assertThat(second.payments()).isEqualTo(2);
        assertThat(jdbc.sql("select id from payment where run_id = :run").param("run", second.id().value()).query(UUID.class).list())
                .containsExactlyInAnyOrderElementsOf(held);
    }

    @Test
    void runsStartedAtTheSameTimeSplitThePaymentsWithoutOverlap() throws Exception {
        RunUnit unit = data.unit();
        List<UUID> payments = data.verifiedPayments(unit, 8, today);
        int racers = 4;
        CountDownLatch start = new CountDownLatch(1);
        ConcurrentLinkedQueue<PaymentRun> made = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Throwable> refused = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        List<Future<?>> all = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            all.add(pool.submit(() -> {
                start.await();
                try {
                    made.add(runs.start(today, unit.cashier()));
                } catch (MissingDataException nothingLeft) {
                    refused.add(nothingLeft);
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : all) {
            f.get();
        }
        pool.shutdown();

        assertThat(made).isNotEmpty();
        assertThat(made.size() + refused.size()).isEqualTo(racers);
        List<String> inFiles = new ArrayList<>();
        for (PaymentRun run : made) {
            inFiles.addAll(references(runs.file(run.id(), unit.cashier()).content()));
        }
        assertThat(inFiles).as("every payment in exactly one file").doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(referencesOf(payments));
        assertThat(made.stream().mapToInt(PaymentRun::payments).sum()).isEqualTo(payments.size());
    }

    @Test
    void theBankAnswerSettlesTheRunAndReturnsOnePaymentWithItsReasonToThePaymentOfficer() {
        RunUnit unit = data.unit();
        List<UUID> payments = data.verifiedPayments(unit, 1, today);
        PaymentRun run = runs.start(today, unit.cashier());
        UUID returned = payments.getFirst();

        runs.markReturned(run.id(), returned, 2, "Kontot är avslutat", unit.cashier());
        int settled = runs.settle(run.id(), unit.cashier());

        assertThat(settled).isEqualTo(1);
        assertThat(jdbc.sql("select state from payment where id = :id").param("id", returned).query(String.class).single()).isEqualTo("RETURNED");
        assertThat(jdbc.sql("select reason from payment_state_change where payment_id = :id and to_state = 'RETURNED'").param("id", returned)
                .query(String.class).single()).isEqualTo("Kontot är avslutat");
        assertThat(jdbc.sql("select state from payment where id = :id").param("id", payments.get(1)).query(String.class).single())
                .isEqualTo("SETTLED");
        assertThatThrownBy(() -> runs.settle(run.id(), unit.cashier())).hasMessageContaining("redan registrerade");
    }

    @Test
    void anotherUnitsCashierCannotSeeTheRunOrItsFile() {
        RunUnit unit = data.unit();
        RunUnit other = data.unit();
        UUID payment = data.verifiedPayments(unit, 1, today).getFirst();
        PaymentRunId id = runs.start(today, unit.cashier()).id();

        assertThatThrownBy(() -> runs.file(id, other.cashier())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> runs.view(id, other.cashier())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> runs.markReturned(id, payment, 2, "Kontot är avslutat", other.cashier())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> runs.settle(id, other.cashier())).isInstanceOf(NotFoundException.class);
        assertThat(runs.runs(other.cashier())).isEmpty();
        assertThat(jdbc.sql("select count(*) from access_log where user_id = :u and action = 'DENIED'")
                .param("u", other.cashier().id().value()).query(Integer.class).single()).isEqualTo(4);
        assertThat(jdbc.sql("select state from payment where id = :id").param("id", payment).query(String.class).single()).isEqualTo("EXPORTED");
    }

    static List<String> references(byte[] file) {
        Matcher m = END_TO_END.matcher(new String(file, java.nio.charset.StandardCharsets.UTF_8));
        List<String> refs = new ArrayList<>();
        while (m.find()) {
            refs.add(m.group(1));
        }
        return refs;
    }

    private List<String> referencesOf(List<UUID> payments) {
        return jdbc.sql("select reference from payment where id in (:ids)").param("ids", payments).query(String.class).list();
    }

}
