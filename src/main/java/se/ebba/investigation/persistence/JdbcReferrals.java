package se.ebba.investigation.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.ebba.casefile.domain.AssignmentMethod;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.domain.UnitId;
import se.ebba.identity.domain.UserId;
import se.ebba.investigation.domain.BasicInvestigationId;
import se.ebba.investigation.domain.Referral;
import se.ebba.investigation.domain.ReferralId;
import se.ebba.investigation.internal.Referrals;
import se.ebba.shared.ConcurrentEditException;

@Repository
class JdbcReferrals implements Referrals {

    private static final String SELECT = """
            select r.*, v.reviewed_at, v.reviewed_by, v.reviewed_by_name, v.caseworker_id, v.method
            from case_referral r left join case_referral_review v on v.referral_id = r.id
            """;

    private final JdbcClient jdbc;

    JdbcReferrals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(Referral r) {
        jdbc.sql("""
                insert into case_referral (id, case_id, unit_id, case_number, referred_at, referred_by, referred_by_name, investigation_id,
                    investigation_version, note)
                values (:id, :case, :unit, :number, :at, :by, :name, :investigation, :version, :note)
                """)
                .param("id", r.id().value()).param("case", r.caseId().value()).param("unit", r.unit().value())
                .param("number", r.caseNumber()).param("at", r.referredAt().atOffset(ZoneOffset.UTC)).param("by", r.referredBy().value())
                .param("name", r.referredByName()).param("investigation", r.investigation().value())
                .param("version", r.investigationVersion()).param("note", r.note())
                .update();
    }

    @Override
    public void reviewed(Referral r) {
        Referral.Review v = r.review();
        try {
            jdbc.sql("""
                    insert into case_referral_review (referral_id, reviewed_at, reviewed_by, reviewed_by_name, caseworker_id, method)
                    values (:id, :at, :by, :name, :caseworker, :method)
                    """)
                    .param("id", r.id().value()).param("at", v.at().atOffset(ZoneOffset.UTC)).param("by", v.by().value())
                    .param("name", v.byName()).param("caseworker", v.caseworker().value()).param("method", v.method().name())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ConcurrentEditException("Någon annan har redan granskat och fördelat remitteringen. Ladda om sidan.");
        }
    }

    @Override
    public Optional<Referral> newestOf(CaseId caseId) {
        return jdbc.sql(SELECT + " where r.case_id = :case order by r.referred_at desc limit 1")
                .param("case", caseId.value()).query((rs, n) -> map(rs)).optional();
    }

    @Override
    public List<Referral> awaitingReview(Collection<UnitId> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where r.unit_id in (:units) and v.referral_id is null order by r.referred_at")
                .param("units", units.stream().map(UnitId::value).toList()).query((rs, n) -> map(rs)).list();
    }

    private static Referral map(ResultSet rs) throws SQLException {
        Referral.Review review = rs.getObject("reviewed_at") == null ? null : new Referral.Review(
                rs.getObject("reviewed_at", OffsetDateTime.class).toInstant(), new UserId(rs.getObject("reviewed_by", UUID.class)),
                rs.getString("reviewed_by_name"), new UserId(rs.getObject("caseworker_id", UUID.class)),
                AssignmentMethod.valueOf(rs.getString("method")));
        return new Referral(new ReferralId(rs.getObject("id", UUID.class)), new CaseId(rs.getObject("case_id", UUID.class)),
                new UnitId(rs.getObject("unit_id", UUID.class)), rs.getString("case_number"),
                rs.getObject("referred_at", OffsetDateTime.class).toInstant(), new UserId(rs.getObject("referred_by", UUID.class)),
                rs.getString("referred_by_name"), new BasicInvestigationId(rs.getObject("investigation_id", UUID.class)),
                rs.getInt("investigation_version"), rs.getString("note"), review);
    }
}
