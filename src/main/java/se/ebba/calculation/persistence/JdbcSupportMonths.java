package se.ebba.calculation.persistence;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.ebba.calculation.internal.SupportMonths;

@Repository
class JdbcSupportMonths implements SupportMonths {

    private final JdbcClient jdbc;

    JdbcSupportMonths(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(UUID caseId, UUID decisionId, YearMonth month, boolean granted, Optional<UUID> replaces, Instant at) {
        jdbc.sql("""
                        insert into support_month (decision_id, case_id, benefit_month, livelihood_support_granted, replaces_decision_id, recorded_at)
                        values (:decision, :case, :month, :granted, :replaces, :at)
                        on conflict (decision_id) do nothing""")
                .param("decision", decisionId).param("case", caseId).param("month", Date.valueOf(month.atDay(1)))
                .param("granted", granted).param("replaces", replaces.orElse(null)).param("at", Timestamp.from(at)).update();
    }

    @Override
    public Set<YearMonth> monthsWithLivelihoodSupport(UUID caseId) {
        return jdbc.sql("""
                        select distinct s.benefit_month from support_month s
                        where s.case_id = :case and s.livelihood_support_granted
                          and not exists (select 1 from support_month r where r.replaces_decision_id = s.decision_id)""")
                .param("case", caseId).query((rs, n) -> YearMonth.from(rs.getDate(1).toLocalDate())).set();
    }

    @Override
    public void recordForPeople(Collection<UUID> people, UUID caseId, UUID decisionId, YearMonth month, boolean granted,
                                Optional<UUID> replaces, Instant at) {
        for (UUID person : people) {
            jdbc.sql("""
                            insert into person_support_month (decision_id, person_id, case_id, benefit_month, livelihood_support_granted,
                                                              replaces_decision_id, recorded_at)
                            values (:decision, :person, :case, :month, :granted, :replaces, :at)
                            on conflict (decision_id, person_id) do nothing""")
                    .param("decision", decisionId).param("person", person).param("case", caseId).param("month", Date.valueOf(month.atDay(1)))
                    .param("granted", granted).param("replaces", replaces.orElse(null)).param("at", Timestamp.from(at)).update();
        }
    }

    @Override
    public Set<YearMonth> monthsWithLivelihoodSupportOfPerson(UUID personId) {
        // A replacement is read from the case-level record: every decision is there, whoever the household was.
        return jdbc.sql("""
                        select distinct p.benefit_month from person_support_month p
                        where p.person_id = :person and p.livelihood_support_granted
                          and not exists (select 1 from support_month r where r.replaces_decision_id = p.decision_id)
                          and not exists (select 1 from person_support_month r where r.replaces_decision_id = p.decision_id)""")
                .param("person", personId).query((rs, n) -> YearMonth.from(rs.getDate(1).toLocalDate())).set();
    }
}
