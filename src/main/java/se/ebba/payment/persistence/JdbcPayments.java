package se.ebba.payment.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Set;
import java.util.HashSet;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.ebba.casefile.domain.CaseId;
import se.ebba.decision.domain.DecisionId;
import se.ebba.identity.domain.UnitId;
import se.ebba.identity.domain.UserId;
import se.ebba.payment.domain.Actor;
import se.ebba.payment.domain.Payment;
import se.ebba.payment.domain.PaymentAccount;
import se.ebba.payment.domain.PaymentId;
import se.ebba.payment.domain.PaymentState;
import se.ebba.payment.domain.RecipientKind;
import se.ebba.payment.domain.StateChange;
import se.ebba.payment.internal.Payments;
import se.ebba.shared.ConcurrentEditException;

@Repository
class JdbcPayments implements Payments {

    private final JdbcClient jdbc;

    JdbcPayments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean insert(Payment.Moved proposed) {
        Payment p = proposed.payment();
        int inserted = jdbc.sql("""
                insert into payment (id, unit_id, case_id, decision_id, benefit_month, amount, recipient_kind, recipient_name, account_kind,
                                     clearing_number, account_number, payment_date, decided_by, reference, state, reissues_id, version, created_at)
                values (:id, :unit, :case, :decision, :month, :amount, :recipientKind, :recipientName, :accountKind, :clearing, :account,
                        :paymentDate, :decidedBy, :reference, :state, :reissues, 0, :at)
                on conflict do nothing
                """)
                .param("id", p.id().value()).param("unit", p.unit().value()).param("case", p.caseId().value())
                .param("decision", p.decisionId().value()).param("month", p.benefitMonth().atDay(1)).param("amount", p.amount())
                .param("recipientKind", p.recipientKind().name()).param("recipientName", p.recipientName())
                .param("accountKind", p.account().kind()).param("clearing", p.account().clearingNumber())
                .param("account", p.account().accountNumber()).param("paymentDate", p.paymentDate())
                .param("decidedBy", p.decidedBy().value()).param("reference", p.reference()).param("state", p.state().name())
                .param("reissues", p.reissues() == null ? null : p.reissues().value())
                .param("at", p.createdAt().atOffset(ZoneOffset.UTC))
                .update();
        if (inserted == 0) {
            return false;
        }
        append(proposed.change());
        return true;
    }

    @Override
    public void apply(Payment.Moved moved) {
        Payment p = moved.payment();
        int updated = jdbc.sql("""
                update payment set state = :state, run_id = coalesce(run_id, :run), version = version + 1
                where id = :id and version = :version
                """)
                .param("state", p.state().name()).param("run", p.runId()).param("id", p.id().value()).param("version", p.version())
                .update();
        if (updated == 0) {
            throw new ConcurrentEditException("Någon annan har hunnit ändra utbetalningen. Ladda om sidan och se hur den står nu.");
        }
        append(moved.change());
    }

    @Override
    public Set<PaymentId> applyAll(List<Payment.Moved> moves) {
        if (moves.isEmpty()) {
            return Set.of();
        }
        // one statement for all, each row at the version it was read with (joined, not "id = any": linear)
        Set<UUID> applied = new HashSet<>(jdbc.sql("""
                        update payment p set state = m.state, version = p.version + 1
                          from unnest(cast(:ids as uuid[]), cast(:versions as bigint[]), cast(:states as text[])) as m(id, version, state)
                         where p.id = m.id and p.version = m.version
                        returning p.id
                        """)
                .param("ids", moves.stream().map(m -> m.payment().id().value()).toArray(UUID[]::new))
                .param("versions", moves.stream().map(m -> m.payment().version()).toArray(Long[]::new))
                .param("states", moves.stream().map(m -> m.payment().state().name()).toArray(String[]::new))
                .query((rs, n) -> rs.getObject(1, UUID.class)).list());
        List<StateChange> changes = moves.stream().map(Payment.Moved::change).filter(c -> applied.contains(c.paymentId().value())).toList();
        if (!changes.isEmpty()) {
            jdbc.sql("""
                            insert into payment_state_change (id, payment_id, from_state, to_state, reason, changed_by, changed_by_name, changed_at)
                            select c.id, c.payment, c.from_state, c.to_state, c.reason, c.by, c.by_name, c.at
                              from unnest(cast(:ids as uuid[]), cast(:payments as uuid[]), cast(:froms as text[]),
                                          cast(:tos as text[]), cast(:reasons as text[]), cast(:bys as uuid[]), cast(:names as text[]),
                                          cast(cast(:ats as text[]) as timestamptz[]))
                                   as c(id, payment, from_state, to_state, reason, by, by_name, at)
                            """)
                    .param("ids", changes.stream().map(StateChange::id).toArray(UUID[]::new))
                    .param("payments", changes.stream().map(c -> c.paymentId().value()).toArray(UUID[]::new))
                    .param("froms", changes.stream().map(c -> c.from() == null ? null : c.from().name()).toArray(String[]::new))
                    .param("tos", changes.stream().map(c -> c.to().name()).toArray(String[]::new))
                    .param("reasons", changes.stream().map(StateChange::reason).toArray(String[]::new))
                    .param("bys", changes.stream().map(c -> c.by().id().value()).toArray(UUID[]::new))
                    .param("names", changes.stream().map(c -> c.by().name()).toArray(String[]::new))
                    .param("ats", changes.stream().map(c -> c.at().toString()).toArray(String[]::new))
                    .update();
        }
        return applied.stream().map(PaymentId::new).collect(Collectors.toSet());
    }

    @Override
    public List<Payment> findAll(Collection<PaymentId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select p.* from payment p join unnest(cast(:ids as uuid[])) as wanted(id) on wanted.id = p.id")
                .param("ids", ids.stream().map(PaymentId::value).distinct().toArray(UUID[]::new))
                .query((rs, n) -> map(rs)).list();
    }

    private void append(StateChange c) {
        jdbc.sql("""
                insert into payment_state_change (id, payment_id, from_state, to_state, reason, changed_by, changed_by_name, changed_at)
                values (:id, :payment, :from, :to, :reason, :by, :byName, :at)
                """)
                .param("id", c.id()).param("payment", c.paymentId().value()).param("from", c.from() == null ? null : c.from().name())
                .param("to", c.to().name()).param("reason", c.reason()).param("by", c.by().id().value()).param("byName", c.by().name())
                .param("at", c.at().atOffset(ZoneOffset.UTC))
                .update();
    }

    @Override
    public Optional<Payment> find(PaymentId id) {
        return jdbc.sql("select * from payment where id = :id").param("id", id.value()).query((rs, n) -> map(rs)).optional();
    }

    @Override
    public List<Payment> ofDecision(DecisionId decision) {
        return jdbc.sql("select * from payment where decision_id = :d order by created_at").param("d", decision.value())
                .query((rs, n) -> map(rs)).list();
    }

    @Override
    public List<Payment> ofCase(CaseId caseId) {
        return jdbc.sql("select * from payment where case_id = :c order by benefit_month desc, created_at desc").param("c", caseId.value())
                .query((rs, n) -> map(rs)).list();
    }

    @Override
    public List<Payment> inState(Collection<UnitId> units, PaymentState state, int limit) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from payment where unit_id in (:units) and state = :state order by payment_date, created_at, id limit :limit")
                .param("units", units.stream().map(UnitId::value).toList()).param("state", state.name()).param("limit", limit)
                .query((rs, n) -> map(rs)).list();
    }

    @Override
    public int countInState(Collection<UnitId> units, PaymentState state) {
        if (units.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select count(*) from payment where unit_id in (:units) and state = :state")
                .param("units", units.stream().map(UnitId::value).toList()).param("state", state.name()).query(Integer.class).single();
    }

    @Override
    public List<Payment> awaitingReissue(Collection<UnitId> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select * from payment p where p.unit_id in (:units) and p.state in ('REJECTED', 'RETURNED')
                  and not exists (select 1 from payment n where n.reissues_id = p.id)
                order by p.payment_date, p.created_at
                """)
                .param("units", units.stream().map(UnitId::value).toList()).query((rs, n) -> map(rs)).list();
    }

    @Override
    public List<StateChange> history(Collection<PaymentId> payments) {
        if (payments.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from payment_state_change where payment_id in (:ids) order by changed_at, to_state")
                .param("ids", payments.stream().map(PaymentId::value).toList())
                .query((rs, n) -> new StateChange(rs.getObject("id", UUID.class), new PaymentId(rs.getObject("payment_id", UUID.class)),
                        rs.getString("from_state") == null ? null : PaymentState.valueOf(rs.getString("from_state")),
                        PaymentState.valueOf(rs.getString("to_state")), rs.getString("reason"),
                        new Actor(new UserId(rs.getObject("changed_by", UUID.class)), rs.getString("changed_by_name")),
                        rs.getObject("changed_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    private static Payment map(ResultSet rs) throws SQLException {
        UUID reissues = rs.getObject("reissues_id", UUID.class);
        return new Payment(new PaymentId(rs.getObject("id", UUID.class)), new UnitId(rs.getObject("unit_id", UUID.class)),
                new CaseId(rs.getObject("case_id", UUID.class)), new DecisionId(rs.getObject("decision_id", UUID.class)),
                YearMonth.from(rs.getObject("benefit_month", LocalDate.class)), rs.getLong("amount"),
                RecipientKind.valueOf(rs.getString("recipient_kind")), rs.getString("recipient_name"),
                PaymentAccount.stored(rs.getString("account_kind"), rs.getString("clearing_number"), rs.getString("account_number")),
                rs.getObject("payment_date", LocalDate.class), new UserId(rs.getObject("decided_by", UUID.class)), rs.getString("reference"),
                PaymentState.valueOf(rs.getString("state")), rs.getObject("run_id", UUID.class),
                reissues == null ? null : new PaymentId(reissues), rs.getLong("version"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
