package se.ebba.changeplan.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.ebba.casefile.domain.CaseId;
import se.ebba.changeplan.domain.ChangePlan;
import se.ebba.changeplan.domain.ChangePlanId;
import se.ebba.changeplan.domain.FollowUp;
import se.ebba.changeplan.domain.MissedActivity;
import se.ebba.changeplan.domain.PlanAuthor;
import se.ebba.changeplan.domain.PlanContent;
import se.ebba.changeplan.domain.PlanPart;
import se.ebba.changeplan.domain.PlanVersion;
import se.ebba.changeplan.domain.PlannedIntervention;
import se.ebba.changeplan.domain.Signature;
import se.ebba.changeplan.internal.ChangePlans;
import se.ebba.identity.domain.UserId;
import se.ebba.shared.ConcurrentEditException;

@Repository
class JdbcChangePlans implements ChangePlans {

    private final JdbcClient jdbc;

    JdbcChangePlans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ChangePlan> ofCase(CaseId caseId) {
        record Head(UUID id, int version) {
        }
        Optional<Head> head = jdbc.sql("select id, version from change_plan where case_id = :case").param("case", caseId.value())
                .query((rs, n) -> new Head(rs.getObject("id", UUID.class), rs.getInt("version"))).optional();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        UUID planId = head.get().id();
        Map<UUID, List<PlannedIntervention>> interventions = new HashMap<>();
        jdbc.sql("""
                        select i.version_id, i.code, i.responsible, i.note from change_plan_intervention i
                        join change_plan_version v on v.id = i.version_id where v.plan_id = :plan order by i.position
                        """).param("plan", planId)
                .query((ResultSet rs) -> {
                    interventions.computeIfAbsent(rs.getObject("version_id", UUID.class), k -> new ArrayList<>())
                            .add(new PlannedIntervention(rs.getString("code"), rs.getString("responsible"), rs.getString("note")));
                });
        List<PlanVersion> versions = jdbc.sql("select * from change_plan_version where plan_id = :plan order by number")
                .param("plan", planId)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    PlanContent content = new PlanContent(rs.getString("goal"), strings(rs.getArray("sub_goals")),
                            strings(rs.getArray("requirements")), interventions.getOrDefault(id, List.of()), rs.getString("participation"),
                            rs.getObject("agreed_on", LocalDate.class), rs.getObject("next_follow_up_on", LocalDate.class));
                    return new PlanVersion(id, rs.getInt("number"), content, author(rs, "written_by", "written_by_name"),
                            instant(rs, "written_at"));
                }).list();
        List<FollowUp> followUps = jdbc.sql("select * from change_plan_follow_up where plan_id = :plan order by recorded_at")
                .param("plan", planId)
                .query((rs, n) -> new FollowUp(rs.getObject("id", UUID.class), rs.getInt("version_number"),
                        rs.getObject("held_on", LocalDate.class), rs.getString("achieved"), rs.getString("changes"),
                        rs.getObject("next_follow_up_on", LocalDate.class), author(rs, "recorded_by", "recorded_by_name"),
                        instant(rs, "recorded_at"))).list();
        List<Signature> signatures = jdbc.sql("""
                        select s.*, v.number from change_plan_signature s
                        join change_plan_version v on v.id = s.version_id
                        where v.plan_id = :plan order by s.recorded_at
                        """).param("plan", planId)
                .query((rs, n) -> {
                    PlanAuthor by = author(rs, "recorded_by", "recorded_by_name");
                    return rs.getString("kind").equals("PAPER")
                            ? (Signature) new Signature.OnPaper(rs.getObject("id", UUID.class), rs.getInt("number"),
                            rs.getObject("signed_on", LocalDate.class), by, instant(rs, "recorded_at"))
                            : new Signature.AwaitingEService(rs.getObject("id", UUID.class), rs.getInt("number"), by, instant(rs, "recorded_at"));
                }).list();
        List<MissedActivity> missed = jdbc.sql("select * from missed_activity where plan_id = :plan order by missed_on, recorded_at")
                .param("plan", planId)
                .query((rs, n) -> new MissedActivity(rs.getObject("id", UUID.class), rs.getObject("missed_on", LocalDate.class),
                        rs.getString("intervention_code"), rs.getString("explanation"),
                        MissedActivity.Assessment.valueOf(rs.getString("assessment")), rs.getString("assessment_note"),
                        author(rs, "recorded_by", "recorded_by_name"), instant(rs, "recorded_at"))).list();
        return Optional.of(new ChangePlan(new ChangePlanId(planId), caseId, head.get().version(), versions, followUps, signatures, missed));
    }

    @Override
    public void save(ChangePlan plan) {
        List<PlanPart> added = plan.added();
        boolean isNew = added.stream().anyMatch(p -> p instanceof PlanVersion v && v.number() == 1);
        if (isNew) {
            try {
                jdbc.sql("insert into change_plan (id, case_id, version, created_at, created_by) values (:id, :case, 0, :at, :by)")
                        .param("id", plan.id().value()).param("case", plan.caseId().value())
                        .param("at", utc(plan.first().writtenAt())).param("by", plan.first().writtenBy().id().value())
                        .update();
            } catch (DuplicateKeyException e) {
                // Someone else wrote the first plan of the case at the same moment.
                throw new ConcurrentEditException(ChangePlan.STALE);
            }
        } else if (plan.changesVersion()) {
            int updated = jdbc.sql("update change_plan set version = version + 1 where id = :id and version = :version")
                    .param("id", plan.id().value()).param("version", plan.version()).update();
            if (updated != 1) {
                throw new ConcurrentEditException(ChangePlan.STALE);
            }
        }
        for (PlanPart part : added) {
            switch (part) {
                case PlanVersion v -> insertVersion(plan.id(), v);
                case FollowUp f -> jdbc.sql("""
                                insert into change_plan_follow_up (id, plan_id, version_number, held_on, achieved, changes, next_follow_up_on,
                                                                   recorded_by, recorded_by_name, recorded_at)
                                values (:id, :plan, :number, :held, :achieved, :changes, :next, :by, :byName, :at)
                                """)
                        .param("id", f.id()).param("plan", plan.id().value()).param("number", f.versionNumber()).param("held", f.heldOn())
                        .param("achieved", f.achieved()).param("changes", f.changes()).param("next", f.nextFollowUpOn())
                        .param("by", f.recordedBy().id().value()).param("byName", f.recordedBy().name()).param("at", utc(f.recordedAt()))
                        .update();
                case Signature s -> jdbc.sql("""
                                insert into change_plan_signature (id, version_id, kind, signed_on, recorded_by, recorded_by_name, recorded_at)
                                values (:id, (select id from change_plan_version where plan_id = :plan and number = :number), :kind, :signed,
                                        :by, :byName, :at)
                                """)
                        .param("id", s.id()).param("plan", plan.id().value()).param("number", s.versionNumber())
                        .param("kind", s instanceof Signature.OnPaper ? "PAPER" : "E_SERVICE")
                        .param("signed", s instanceof Signature.OnPaper p ? p.signedOn() : null, java.sql.Types.DATE)
                        .param("by", s.recordedBy().id().value()).param("byName", s.recordedBy().name()).param("at", utc(s.recordedAt()))
                        .update();
                case MissedActivity m -> jdbc.sql("""
                                insert into missed_activity (id, plan_id, missed_on, intervention_code, explanation, assessment, assessment_note,
                                                             recorded_by, recorded_by_name, recorded_at)
                                values (:id, :plan, :missed, :code, :explanation, :assessment, :note, :by, :byName, :at)
                                """)
                        .param("id", m.id()).param("plan", plan.id().value()).param("missed", m.missedOn())
                        .param("code", m.interventionCode()).param("explanation", m.explanation()).param("assessment", m.assessment().name())
                        .param("note", m.assessmentNote()).param("by", m.recordedBy().id().value()).param("byName", m.recordedBy().name())
                        .param("at", utc(m.recordedAt()))
                        .update();
            }
        }
    }

    private void insertVersion(ChangePlanId plan, PlanVersion v) {
        PlanContent c = v.content();
        jdbc.sql("""
                        insert into change_plan_version (id, plan_id, number, goal, sub_goals, requirements, participation, agreed_on,
                                                         next_follow_up_on, written_by, written_by_name, written_at)
                        values (:id, :plan, :number, :goal, :subGoals, :requirements, :participation, :agreed, :next, :by, :byName, :at)
                        """)
                .param("id", v.id()).param("plan", plan.value()).param("number", v.number()).param("goal", c.goal())
                .param("subGoals", c.subGoals().toArray(String[]::new)).param("requirements", c.requirements().toArray(String[]::new))
                .param("participation", c.participation()).param("agreed", c.agreedOn()).param("next", c.nextFollowUpOn())
                .param("by", v.writtenBy().id().value()).param("byName", v.writtenBy().name()).param("at", utc(v.writtenAt()))
                .update();
        for (int i = 0; i < c.interventions().size(); i++) {
            PlannedIntervention p = c.interventions().get(i);
            jdbc.sql("""
                            insert into change_plan_intervention (id, version_id, position, code, responsible, note)
                            values (:id, :version, :position, :code, :responsible, :note)
                            """)
                    .param("id", UUID.randomUUID()).param("version", v.id()).param("position", i).param("code", p.code())
                    .param("responsible", p.responsible().strip()).param("note", p.note().strip())
                    .update();
        }
    }

    @Override
    public void addNoPlanReason(CaseId caseId, String reason, UserId by, Instant at) {
        jdbc.sql("insert into change_plan_no_plan_reason (id, case_id, reason, recorded_by, recorded_at) values (:id, :case, :reason, :by, :at)")
                .param("id", UUID.randomUUID()).param("case", caseId.value()).param("reason", reason).param("by", by.value())
                .param("at", utc(at)).update();
    }

    @Override
    public Map<CaseId, String> noPlanReasons(Collection<CaseId> cases) {
        Map<CaseId, String> result = new HashMap<>();
        if (cases.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                        select distinct on (case_id) case_id, reason from change_plan_no_plan_reason
                        where case_id in (:cases) order by case_id, recorded_at desc
                        """).param("cases", ids(cases))
                .query((ResultSet rs) -> {
                    result.put(new CaseId(rs.getObject("case_id", UUID.class)), rs.getString("reason"));
                });
        return result;
    }

    @Override
    public void addReferral(CaseId caseId, LocalDate referredOn, Instant at) {
        jdbc.sql("insert into change_plan_referral (case_id, referred_on, recorded_at) values (:case, :on, :at)")
                .param("case", caseId.value()).param("on", referredOn).param("at", utc(at)).update();
    }

    @Override
    public Map<CaseId, LocalDate> referrals(Collection<CaseId> cases) {
        Map<CaseId, LocalDate> result = new HashMap<>();
        if (cases.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                        select distinct on (case_id) case_id, referred_on from change_plan_referral
                        where case_id in (:cases) order by case_id, referred_on desc, id desc
                        """).param("cases", ids(cases))
                .query((ResultSet rs) -> {
                    result.put(new CaseId(rs.getObject("case_id", UUID.class)), rs.getObject("referred_on", LocalDate.class));
                });
        return result;
    }

    @Override
    public Map<CaseId, PlanRow> planRows(Collection<CaseId> cases) {
        Map<CaseId, PlanRow> result = new LinkedHashMap<>();
        if (cases.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                        select p.case_id, first.agreed_on as first_on, cv.agreed_on as current_on, cv.number,
                               coalesce((select f.next_follow_up_on from change_plan_follow_up f
                                         where f.plan_id = p.id and f.recorded_at > cv.written_at
                                         order by f.recorded_at desc limit 1), cv.next_follow_up_on) as next_on,
                               array(select i.code from change_plan_intervention i where i.version_id = cv.id order by i.position) as codes
                        from change_plan p
                        join change_plan_version first on first.plan_id = p.id and first.number = 1
                        join lateral (select * from change_plan_version v where v.plan_id = p.id order by v.number desc limit 1) cv on true
                        where p.case_id in (:cases)
                        """).param("cases", ids(cases))
                .query((ResultSet rs) -> {
                    result.put(new CaseId(rs.getObject("case_id", UUID.class)), new PlanRow(rs.getObject("first_on", LocalDate.class),
                            rs.getObject("current_on", LocalDate.class), rs.getInt("number"), rs.getObject("next_on", LocalDate.class),
                            strings(rs.getArray("codes"))));
                });
        return result;
    }

    private static List<UUID> ids(Collection<CaseId> cases) {
        return cases.stream().map(CaseId::value).distinct().toList();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static PlanAuthor author(ResultSet rs, String idColumn, String nameColumn) throws SQLException {
        return new PlanAuthor(new UserId(rs.getObject(idColumn, UUID.class)), rs.getString(nameColumn));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
