package se.ebba.recovery.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.domain.UnitId;
import se.ebba.identity.domain.UserId;
import se.ebba.recovery.domain.ClosedAs;
import se.ebba.recovery.domain.DiscoveryMethod;
import se.ebba.recovery.domain.IncorrectPayment;
import se.ebba.recovery.domain.IncorrectPaymentId;
import se.ebba.recovery.domain.PaymentCause;
import se.ebba.recovery.domain.RecoveryGround;
import se.ebba.recovery.domain.RecoveryMatter;
import se.ebba.recovery.domain.Step;
import se.ebba.recovery.domain.StepKind;
import se.ebba.recovery.internal.RecoveryMatters;

@Repository
class JdbcRecoveryMatters implements RecoveryMatters {

    private final JdbcClient jdbc;

    JdbcRecoveryMatters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void register(IncorrectPayment p) {
        jdbc.sql("""
                insert into incorrect_payment (id, unit_id, case_id, case_number, first_month, last_month, amount, cause, found_how, found_by,
                    found_on, paid_on, description, registered_by, registered_by_name, registered_at)
                values (:id, :unit, :case, :number, :first, :last, :amount, :cause, :how, :by, :foundOn, :paidOn, :description,
                    :registeredBy, :registeredByName, :at)
                """)
                .param("id", p.id().value()).param("unit", p.unit().value()).param("case", p.caseId().value()).param("number", p.caseNumber())
                .param("first", p.firstMonth().atDay(1)).param("last", p.lastMonth().atDay(1)).param("amount", p.amount())
                .param("cause", p.cause().name()).param("how", p.foundHow().name()).param("by", p.foundBy()).param("foundOn", p.foundOn())
                .param("paidOn", p.paidOn()).param("description", p.description()).param("registeredBy", p.registeredBy().value())
                .param("registeredByName", p.registeredByName()).param("at", p.registeredAt().atOffset(ZoneOffset.UTC))
                .update();
    }

    @Override
    public void append(List<Step> steps) {
        for (Step s : steps) {
            jdbc.sql("""
                    insert into recovery_step (id, incorrect_payment_id, kind, on_date, amount, start_month, end_month, ground, closed_as, text,
                        reference, law_code, legal_basis, person_id, person_name, title, delegation, corrects_id, recorded_by, recorded_by_name,
                        recorded_at)
                    values (:id, :matter, :kind, :on, :amount, :start, :end, :ground, :closedAs, :text, :reference, :law, :basis, :person,
                        :personName, :title, :delegation, :corrects, :by, :byName, :at)
                    """)
                    .param("id", s.id()).param("matter", s.matter().value()).param("kind", s.kind().name()).param("on", s.onDate())
                    .param("amount", s.amount()).param("start", s.startMonth() == null ? null : s.startMonth().atDay(1))
                    .param("end", s.endMonth() == null ? null : s.endMonth().atDay(1))
                    .param("ground", s.ground() == null ? null : s.ground().name())
                    .param("closedAs", s.closedAs() == null ? null : s.closedAs().name()).param("text", s.text())
                    .param("reference", s.reference()).param("law", s.lawCode()).param("basis", s.legalBasis())
                    .param("person", s.person() == null ? null : s.person().value()).param("personName", s.personName())
                    .param("title", s.title()).param("delegation", s.delegation()).param("corrects", s.corrects())
                    .param("by", s.recordedBy().value()).param("byName", s.recordedByName()).param("at", s.recordedAt().atOffset(ZoneOffset.UTC))
                    .update();
        }
    }

    @Override
    public Optional<RecoveryMatter> lock(IncorrectPaymentId id) {
        // The registration is append-only (the app role may not lock its rows): a transaction-scoped advisory lock on the matter instead.
        jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", id.value().getMostSignificantBits() ^ id.value().getLeastSignificantBits())
                .query((rs, n) -> 1).single();
        return find(id);
    }

    @Override
    public Optional<RecoveryMatter> find(IncorrectPaymentId id) {
        return matters("select * from incorrect_payment where id = :id", Map.of("id", id.value())).stream().findFirst();
    }

    @Override
    public List<RecoveryMatter> ofCase(CaseId caseId) {
        return matters("select * from incorrect_payment where case_id = :id order by registered_at", Map.of("id", caseId.value()));
    }

    @Override
    public List<RecoveryMatter> ofUnit(UnitId unit) {
        return matters("select * from incorrect_payment where unit_id = :id order by registered_at", Map.of("id", unit.value()));
    }

    private List<RecoveryMatter> matters(String sql, Map<String, Object> params) {
        List<IncorrectPayment> payments = jdbc.sql(sql).params(params).query((rs, n) -> payment(rs)).list();
        if (payments.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Step>> steps = steps(payments.stream().map(p -> p.id().value()).toList());
        return payments.stream().map(p -> new RecoveryMatter(p, steps.getOrDefault(p.id().value(), List.of()))).toList();
    }

    private Map<UUID, List<Step>> steps(List<UUID> matters) {
        Map<UUID, List<Step>> byMatter = new HashMap<>();
        jdbc.sql("select * from recovery_step where incorrect_payment_id in (:ids) order by recorded_at, id").param("ids", matters)
                .query((rs, n) -> step(rs)).list()
                .forEach(s -> byMatter.computeIfAbsent(s.matter().value(), k -> new ArrayList<>()).add(s));
        return byMatter;
    }

    private static IncorrectPayment payment(ResultSet rs) throws SQLException {
        return new IncorrectPayment(new IncorrectPaymentId(rs.getObject("id", UUID.class)), new CaseId(rs.getObject("case_id", UUID.class)),
                new UnitId(rs.getObject("unit_id", UUID.class)), rs.getString("case_number"), month(rs, "first_month"), month(rs, "last_month"),
                rs.getLong("amount"), PaymentCause.valueOf(rs.getString("cause")), DiscoveryMethod.valueOf(rs.getString("found_how")),
                rs.getString("found_by"), rs.getObject("found_on", LocalDate.class), rs.getObject("paid_on", LocalDate.class),
                rs.getString("description"), new UserId(rs.getObject("registered_by", UUID.class)), rs.getString("registered_by_name"),
                rs.getObject("registered_at", OffsetDateTime.class).toInstant());
    }

    private static Step step(ResultSet rs) throws SQLException {
        UUID person = rs.getObject("person_id", UUID.class);
        String ground = rs.getString("ground");
        String closedAs = rs.getString("closed_as");
        long amount = rs.getLong("amount");
        Long amountOrNull = rs.wasNull() ? null : amount;
        return new Step(rs.getObject("id", UUID.class), new IncorrectPaymentId(rs.getObject("incorrect_payment_id", UUID.class)),
                StepKind.valueOf(rs.getString("kind")), rs.getObject("on_date", LocalDate.class), amountOrNull,
                month(rs, "start_month"), month(rs, "end_month"), ground == null ? null : RecoveryGround.valueOf(ground),
                closedAs == null ? null : ClosedAs.valueOf(closedAs), rs.getString("text"), rs.getString("reference"), rs.getString("law_code"),
                rs.getString("legal_basis"), person == null ? null : new UserId(person), rs.getString("person_name"), rs.getString("title"),
                rs.getString("delegation"), rs.getObject("corrects_id", UUID.class), new UserId(rs.getObject("recorded_by", UUID.class)),
                rs.getString("recorded_by_name"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant());
    }

    private static YearMonth month(ResultSet rs, String column) throws SQLException {
        LocalDate d = rs.getObject(column, LocalDate.class);
        return d == null ? null : YearMonth.from(d);
    }
}
