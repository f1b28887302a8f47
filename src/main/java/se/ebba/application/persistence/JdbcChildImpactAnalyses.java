package se.ebba.application.persistence;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.ebba.application.domain.ApplicationId;
import se.ebba.application.domain.ChildImpactAnalysis;
import se.ebba.application.internal.ChildImpactAnalyses;

@Repository
class JdbcChildImpactAnalyses implements ChildImpactAnalyses {

    private final JdbcClient jdbc;

    JdbcChildImpactAnalyses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(ChildImpactAnalysis a, UUID writtenBy) {
        jdbc.sql("""
                        insert into child_impact_analysis (id, application_id, child_person_id, situation, effect, best_interests,
                                                           written_at, written_by, written_by_name, corrects_id)
                        values (:id, :app, :child, :situation, :effect, :best, :at, :by, :name, :corrects)""")
                .param("id", a.id()).param("app", a.applicationId().value()).param("child", a.childPersonId()).param("situation", a.situation())
                .param("effect", a.effect()).param("best", a.bestInterests()).param("at", Timestamp.from(a.writtenAt()))
                .param("by", writtenBy).param("name", a.writtenByName()).param("corrects", a.correctsId()).update();
    }

    @Override
    public List<ChildImpactAnalysis> ofApplication(ApplicationId applicationId) {
        return jdbc.sql("select * from child_impact_analysis where application_id = :app order by written_at")
                .param("app", applicationId.value())
                .query((rs, n) -> new ChildImpactAnalysis(rs.getObject("id", UUID.class), new ApplicationId(rs.getObject("application_id", UUID.class)),
                        rs.getObject("child_person_id", UUID.class), rs.getString("situation"), rs.getString("effect"),
                        rs.getString("best_interests"), rs.getTimestamp("written_at").toInstant(), rs.getString("written_by_name"),
                        rs.getObject("corrects_id", UUID.class))).list();
    }
}
