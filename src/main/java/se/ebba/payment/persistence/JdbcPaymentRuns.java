package se.ebba.payment.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.ebba.payment.domain.PainAccount;
import se.ebba.payment.domain.PaymentRun;
import se.ebba.payment.domain.PaymentRunDebtor;
import se.ebba.payment.domain.PaymentRunId;
import se.ebba.payment.domain.RunPayment;
import se.ebba.payment.internal.PaymentRunStore;

@Repository
class JdbcPaymentRuns implements PaymentRunStore {

    private static final String PAYMENT_COLUMNS = """
            id, case_id, unit_id, amount, recipient_name, account_kind, clearing_number, account_number, reference, payment_date, state, version
            """;

    private final JdbcClient jdbc;

    JdbcPaymentRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<PaymentRunDebtor> debtorOf(UUID unitId, LocalDate on) {
        return jdbc.sql("""
                        select * from payment_debtor_account where unit_id = :unit and valid_from <= :on
                        order by valid_from desc, recorded_at desc limit 1
                        """)
                .param("unit", unitId).param("on", on)
                .query((rs, n) -> new PaymentRunDebtor(rs.getObject("unit_id", UUID.class), rs.getObject("valid_from", LocalDate.class),
                        rs.getString("debtor_name"), rs.getString("organisation_number"),
                        PainAccount.stored(rs.getString("account_kind"), rs.getString("clearing_number"), rs.getString("account_number")),
                        rs.getString("bic"), rs.getString("source")))
                .optional();
    }

    @Override
    public void addDebtor(PaymentRunDebtor d, String recordedBy, Instant at) {
        jdbc.sql("""
                        insert into payment_debtor_account (id, unit_id, valid_from, debtor_name, organisation_number, account_kind,
                                                            clearing_number, account_number, bic, source, recorded_by, recorded_at)
                        values (:id, :unit, :from, :name, :org, :kind, :clearing, :account, :bic, :source, :by, :at)
                        """)
                .param("id", UUID.randomUUID()).param("unit", d.unitId()).param("from", d.validFrom()).param("name", d.name())
                .param("org", d.organisationNumber()).param("kind", d.account().kind().name()).param("clearing", d.account().clearingNumber())
                .param("account", d.account().accountNumber()).param("bic", d.bic()).param("source", d.source())
                .param("by", recordedBy).param("at", at.atOffset(ZoneOffset.UTC))
                .update();
    }

    @Override
    public List<RunPayment> claimVerified(Set<UUID> unitIds, LocalDate dueBy) {
        return jdbc.sql("select " + PAYMENT_COLUMNS + """
                         from payment
                        where unit_id = any(cast(:units as uuid[])) and state = 'VERIFIED' and payment_date <= :dueBy
                        order by unit_id, payment_date, reference
                        for update skip locked
                        """)
                .param("units", uuids(unitIds)).param("dueBy", dueBy)
                .query((rs, n) -> payment(rs)).list();
    }

    @Override
    public void save(PaymentRun run, String fileName, byte[] file, String sha256) {
        jdbc.sql("""
                        insert into payment_run (id, unit_ids, payment_date, message_id, payments, total, created_by, created_by_name, created_at)
                        values (:id, cast(:units as uuid[]), :date, :msg, :payments, :total, :by, :byName, :at)
                        """)
                .param("id", run.id().value()).param("units", uuids(run.unitIds())).param("date", run.paymentDate())
                .param("msg", run.messageId()).param("payments", run.payments()).param("total", run.total())
                .param("by", run.createdBy()).param("byName", run.createdByName()).param("at", run.createdAt().atOffset(ZoneOffset.UTC))
                .update();
        jdbc.sql("insert into payment_run_file (run_id, file_name, content, sha256) values (:id, :name, :content, :sha)")
                .param("id", run.id().value()).param("name", fileName).param("content", file).param("sha", sha256)
                .update();
    }

    @Override
    public int markExported(PaymentRunId run, Collection<RunPayment> payments, UUID by, String byName, Instant at) {
        UUID[] ids = payments.stream().map(RunPayment::id).toArray(UUID[]::new);
        // joined with the id list (one index probe per id), not "id = any(:ids)": as a filter that is
        // compared with every id for every verified row, quadratic in the run's size (minutes at 100 000)
        int moved = jdbc.sql("""
                        update payment p set state = 'EXPORTED', run_id = :run, version = p.version + 1
                          from unnest(cast(:ids as uuid[])) as claimed(id)
                         where p.id = claimed.id and p.state = 'VERIFIED' and p.run_id is null
                        """)
                .param("run", run.value()).param("ids", uuidArray(ids)).update();
        appendChanges(ids, "VERIFIED", "EXPORTED", "", by, byName, at);
        return moved;
    }

    @Override
    public List<RunPayment> markSettled(PaymentRunId run, UUID by, String byName, Instant at) {
        List<RunPayment> settled = jdbc.sql("update payment set state = 'SETTLED', version = version + 1 where run_id = :run and state = 'EXPORTED'"
                        + " returning " + PAYMENT_COLUMNS)
                .param("run", run.value()).query((rs, n) -> payment(rs)).list();
        appendChanges(settled.stream().map(RunPayment::id).toArray(UUID[]::new), "EXPORTED", "SETTLED", "", by, byName, at);
        return settled;
    }

    @Override
    public boolean markReturned(PaymentRunId run, UUID paymentId, long expectedVersion, String reason, UUID by, String byName, Instant at) {
        int moved = jdbc.sql("""
                        update payment set state = 'RETURNED', version = version + 1
                         where id = :id and run_id = :run and state = 'EXPORTED' and version = :version
                        """)
                .param("id", paymentId).param("run", run.value()).param("version", expectedVersion).update();
        if (moved == 1) {
            appendChanges(new UUID[] {paymentId}, "EXPORTED", "RETURNED", reason, by, byName, at);
        }
        return moved == 1;
    }

    private void appendChanges(UUID[] ids, String from, String to, String reason, UUID by, String byName, Instant at) {
        if (ids.length == 0) {
            return;
        }
        jdbc.sql("""
                        insert into payment_state_change (id, payment_id, from_state, to_state, reason, changed_by, changed_by_name, changed_at)
                        select gen_random_uuid(), p, :from, :to, :reason, :by, :byName, :at from unnest(cast(:ids as uuid[])) as p
                        """)
                .param("from", from).param("to", to).param("reason", reason).param("by", by).param("byName", byName)
                .param("at", at.atOffset(ZoneOffset.UTC)).param("ids", uuidArray(ids))
                .update();
    }

    @Override
    public List<PaymentRun> runsWithin(Set<UUID> unitIds) {
        return jdbc.sql("select * from payment_run where unit_ids <@ cast(:units as uuid[]) order by created_at desc")
                .param("units", uuids(unitIds)).query((rs, n) -> run(rs)).list();
    }

    @Override
    public Optional<PaymentRun> find(PaymentRunId id) {
        return jdbc.sql("select * from payment_run where id = :id").param("id", id.value()).query((rs, n) -> run(rs)).optional();
    }

    @Override
    public List<RunPayment> paymentsOf(PaymentRunId id) {
        return jdbc.sql("select " + PAYMENT_COLUMNS + " from payment where run_id = :run order by unit_id, reference")
                .param("run", id.value()).query((rs, n) -> payment(rs)).list();
    }

    @Override
    public Optional<RunFile> fileOf(PaymentRunId id) {
        return jdbc.sql("select file_name, content, sha256 from payment_run_file where run_id = :id").param("id", id.value())
                .query((rs, n) -> new RunFile(rs.getString("file_name"), rs.getBytes("content"), rs.getString("sha256"))).optional();
    }

    private static RunPayment payment(ResultSet rs) throws SQLException {
        return new RunPayment(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class), rs.getObject("unit_id", UUID.class),
                rs.getLong("amount"), rs.getString("recipient_name"),
                PainAccount.stored(rs.getString("account_kind"), rs.getString("clearing_number"), rs.getString("account_number")),
                rs.getString("reference"), rs.getObject("payment_date", LocalDate.class), rs.getString("state"), rs.getLong("version"));
    }

    private static PaymentRun run(ResultSet rs) throws SQLException {
        Array units = rs.getArray("unit_ids");
        Set<UUID> unitIds = new HashSet<>(Arrays.asList((UUID[]) units.getArray()));
        return new PaymentRun(new PaymentRunId(rs.getObject("id", UUID.class)), unitIds, rs.getObject("payment_date", LocalDate.class),
                rs.getString("message_id"), rs.getInt("payments"), rs.getLong("total"), rs.getObject("created_by", UUID.class),
                rs.getString("created_by_name"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    private static String uuids(Collection<UUID> ids) {
        return uuidArray(ids.toArray(UUID[]::new));
    }

    private static String uuidArray(UUID[] ids) {
        return "{" + String.join(",", Arrays.stream(ids).map(UUID::toString).toList()) + "}";
    }
}
