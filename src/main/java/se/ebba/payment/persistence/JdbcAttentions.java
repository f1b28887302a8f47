package se.ebba.payment.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.ebba.casefile.domain.CaseId;
import se.ebba.decision.domain.DecisionId;
import se.ebba.identity.domain.UnitId;
import se.ebba.identity.domain.UserId;
import se.ebba.payment.domain.Attention;
import se.ebba.payment.domain.RecipientKind;
import se.ebba.payment.internal.Attentions;

@Repository
class JdbcAttentions implements Attentions {

    private final JdbcClient jdbc;

    JdbcAttentions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void open(Attention a) {
        jdbc.sql("""
                insert into payment_attention (id, unit_id, case_id, decision_id, benefit_month, recipient_kind, kind, amount, decided_by, created_at)
                values (:id, :unit, :case, :decision, :month, :recipient, :kind, :amount, :decidedBy, :at)
                on conflict do nothing
                """)
                .param("id", a.id()).param("unit", a.unit().value()).param("case", a.caseId().value())
                .param("decision", a.decisionId().value()).param("month", a.benefitMonth().atDay(1))
                .param("recipient", a.recipient().name()).param("kind", a.kind().name()).param("amount", a.amount())
                .param("decidedBy", a.decidedBy().value()).param("at", a.createdAt().atOffset(ZoneOffset.UTC))
                .update();
    }

    @Override
    public List<Attention> open(Collection<UnitId> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from payment_attention where unit_id in (:units) and resolved_at is null order by created_at")
                .param("units", units.stream().map(UnitId::value).toList()).query((rs, n) -> map(rs)).list();
    }

    @Override
    public List<Attention> openOf(CaseId caseId, Attention.Kind kind) {
        return jdbc.sql("select * from payment_attention where case_id = :c and kind = :k and resolved_at is null order by created_at")
                .param("c", caseId.value()).param("k", kind.name()).query((rs, n) -> map(rs)).list();
    }

    @Override
    public List<Attention> openOf(DecisionId decision) {
        return jdbc.sql("select * from payment_attention where decision_id = :d and resolved_at is null order by created_at")
                .param("d", decision.value()).query((rs, n) -> map(rs)).list();
    }

    @Override
    public boolean resolve(Attention a, String resolution, Instant at) {
        return jdbc.sql("""
                update payment_attention set resolved_at = :at, resolution = :resolution, version = version + 1
                where id = :id and version = :version and resolved_at is null
                """)
                .param("at", at.atOffset(ZoneOffset.UTC)).param("resolution", resolution).param("id", a.id()).param("version", a.version())
                .update() == 1;
    }

    private static Attention map(ResultSet rs) throws SQLException {
        return new Attention(rs.getObject("id", UUID.class), new UnitId(rs.getObject("unit_id", UUID.class)),
                new CaseId(rs.getObject("case_id", UUID.class)), new DecisionId(rs.getObject("decision_id", UUID.class)),
                YearMonth.from(rs.getObject("benefit_month", LocalDate.class)), RecipientKind.valueOf(rs.getString("recipient_kind")),
                Attention.Kind.valueOf(rs.getString("kind")), rs.getLong("amount"), new UserId(rs.getObject("decided_by", UUID.class)),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getLong("version"));
    }
}
