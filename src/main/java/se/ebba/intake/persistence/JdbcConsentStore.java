package se.ebba.intake.persistence;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.ebba.casefile.domain.CaseId;
import se.ebba.intake.domain.Consent;
import se.ebba.intake.domain.ConsentId;
import se.ebba.intake.ConsentScope;
import se.ebba.intake.domain.HomeVisit;
import se.ebba.intake.internal.ConsentStore;
import se.ebba.shared.ConcurrentEditException;

@Repository
class JdbcConsentStore implements ConsentStore {

    private final JdbcClient jdbc;

    JdbcConsentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Consent> ofCase(CaseId caseId) {
        return jdbc.sql("""
                select c.*, w.withdrawn_on, w.recorded_by as w_by, w.recorded_by_name as w_by_name, w.recorded_at as w_at
                from consent c left join consent_withdrawal w on w.consent_id = c.id
                where c.case_id = :case order by c.given_on, c.recorded_at""")
                .param("case", caseId.value())
                .query((rs, n) -> new Consent(new ConsentId(rs.getObject("id", UUID.class)), caseId, ConsentScope.valueOf(rs.getString("scope")),
                        rs.getString("counterpart"), rs.getObject("given_on", LocalDate.class), rs.getObject("valid_until", LocalDate.class),
                        JdbcChecklistStore.recorded(rs, "recorded_by", "recorded_by_name", "recorded_at"),
                        rs.getObject("withdrawn_on", LocalDate.class) == null ? null
                                : new Consent.Withdrawal(rs.getObject("withdrawn_on", LocalDate.class),
                                JdbcChecklistStore.recorded(rs, "w_by", "w_by_name", "w_at")))).list();
    }

    @Override
    public void add(Consent c) {
        jdbc.sql("""
                insert into consent (id, case_id, scope, counterpart, given_on, valid_until, recorded_by, recorded_by_name, recorded_at)
                values (:id, :case, :scope, :counterpart, :given, :until, :by, :byName, :at)""")
                .param("id", c.id().value()).param("case", c.caseId().value()).param("scope", c.scope().name())
                .param("counterpart", c.counterpart()).param("given", c.givenOn()).param("until", c.validUntil())
                .param("by", c.recorded().by().value()).param("byName", c.recorded().byName())
                .param("at", c.recorded().at().atOffset(ZoneOffset.UTC)).update();
    }

    @Override
    public void addWithdrawal(ConsentId consent, Consent.Withdrawal w) {
        try {
            jdbc.sql("""
                    insert into consent_withdrawal (consent_id, withdrawn_on, recorded_by, recorded_by_name, recorded_at)
                    values (:c, :on, :by, :byName, :at)""")
                    .param("c", consent.value()).param("on", w.withdrawnOn()).param("by", w.recorded().by().value())
                    .param("byName", w.recorded().byName()).param("at", w.recorded().at().atOffset(ZoneOffset.UTC)).update();
        } catch (DuplicateKeyException e) {
            throw new ConcurrentEditException("Någon annan registrerade samtidigt att samtycket är återkallat. Ladda om sidan.");
        }
    }

    @Override
    public List<HomeVisit> visits(CaseId caseId) {
        return jdbc.sql("select * from home_visit where case_id = :case order by visit_on, recorded_at").param("case", caseId.value())
                .query((rs, n) -> new HomeVisit(rs.getObject("id", UUID.class), caseId, new ConsentId(rs.getObject("consent_id", UUID.class)),
                        rs.getObject("visit_on", LocalDate.class), rs.getString("reason"),
                        JdbcChecklistStore.recorded(rs, "recorded_by", "recorded_by_name", "recorded_at"))).list();
    }

    @Override
    public void add(HomeVisit v) {
        jdbc.sql("""
                insert into home_visit (id, case_id, consent_id, visit_on, reason, recorded_by, recorded_by_name, recorded_at)
                values (:id, :case, :consent, :on, :reason, :by, :byName, :at)""")
                .param("id", v.id()).param("case", v.caseId().value()).param("consent", v.consent().value()).param("on", v.visitOn())
                .param("reason", v.reason()).param("by", v.recorded().by().value()).param("byName", v.recorded().byName())
                .param("at", v.recorded().at().atOffset(ZoneOffset.UTC)).update();
    }
}
