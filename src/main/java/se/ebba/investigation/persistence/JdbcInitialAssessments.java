package se.ebba.investigation.persistence;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.domain.UserId;
import se.ebba.investigation.domain.InitialAssessmentPart1;
import se.ebba.investigation.domain.InitialAssessmentPart3;
import se.ebba.investigation.internal.InitialAssessments;
import se.ebba.shared.ConcurrentEditException;

@Repository
class JdbcInitialAssessments implements InitialAssessments {

    private static final String SAVED_MEANWHILE = "Någon annan sparade formuläret samtidigt som du. Det du skrev nu är inte sparat. "
            + "Kopiera din text, ladda om sidan och för in ändringarna i den nya versionen.";

    private final JdbcClient jdbc;

    JdbcInitialAssessments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<InitialAssessmentPart1> newestPart1(CaseId caseId) {
        return jdbc.sql("select * from initial_assessment_part1 where case_id = :case order by version_no desc limit 1")
                .param("case", caseId.value())
                .query((rs, n) -> new InitialAssessmentPart1(caseId, rs.getInt("version_no"), rs.getString("civil_status"),
                        rs.getString("citizenship"), rs.getString("household_notes"), rs.getString("applied_for"),
                        rs.getBoolean("interpreter_needed"), rs.getString("interpreter_language"),
                        rs.getObject("saved_at", OffsetDateTime.class).toInstant(), new UserId(rs.getObject("saved_by", UUID.class)),
                        rs.getString("saved_by_name")))
                .optional();
    }

    @Override
    public Optional<InitialAssessmentPart3> newestPart3(CaseId caseId) {
        return jdbc.sql("select * from initial_assessment_part3 where case_id = :case order by version_no desc limit 1")
                .param("case", caseId.value())
                .query((rs, n) -> new InitialAssessmentPart3(caseId, rs.getInt("version_no"), rs.getString("work_history"),
                        rs.getString("education"), rs.getString("health"), rs.getString("network"), rs.getString("children"),
                        rs.getString("housing"), rs.getString("goals"), rs.getObject("saved_at", OffsetDateTime.class).toInstant(),
                        new UserId(rs.getObject("saved_by", UUID.class)), rs.getString("saved_by_name")))
                .optional();
    }

    @Override
    public void append(InitialAssessmentPart1 p) {
        try {
            jdbc.sql("""
                    insert into initial_assessment_part1 (case_id, version_no, civil_status, citizenship, household_notes, applied_for,
                        interpreter_needed, interpreter_language, saved_at, saved_by, saved_by_name)
                    values (:case, :version, :civil, :citizenship, :household, :appliedFor, :interpreter, :language, :at, :by, :name)
                    """)
                    .param("case", p.caseId().value()).param("version", p.version()).param("civil", p.civilStatus())
                    .param("citizenship", p.citizenship()).param("household", p.householdNotes()).param("appliedFor", p.appliedFor())
                    .param("interpreter", p.interpreterNeeded()).param("language", p.interpreterLanguage())
                    .param("at", p.savedAt().atOffset(ZoneOffset.UTC)).param("by", p.savedBy().value()).param("name", p.savedByName())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ConcurrentEditException(SAVED_MEANWHILE);
        }
    }

    @Override
    public void append(InitialAssessmentPart3 p) {
        try {
            jdbc.sql("""
                    insert into initial_assessment_part3 (case_id, version_no, work_history, education, health, network, children,
                        housing, goals, saved_at, saved_by, saved_by_name)
                    values (:case, :version, :work, :education, :health, :network, :children, :housing, :goals, :at, :by, :name)
                    """)
                    .param("case", p.caseId().value()).param("version", p.version()).param("work", p.workHistory())
                    .param("education", p.education()).param("health", p.health()).param("network", p.network())
                    .param("children", p.children()).param("housing", p.housing()).param("goals", p.goals())
                    .param("at", p.savedAt().atOffset(ZoneOffset.UTC)).param("by", p.savedBy().value()).param("name", p.savedByName())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ConcurrentEditException(SAVED_MEANWHILE);
        }
    }
}
