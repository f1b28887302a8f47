package se.ebba.decision.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.ebba.decision.domain.Appeal;
import se.ebba.decision.domain.AppealStepKind;
import se.ebba.decision.domain.Application;
import se.ebba.decision.domain.ApplicationKind;
import se.ebba.decision.domain.AppliedItem;
import se.ebba.decision.domain.ChildImpactAnalysis;
import se.ebba.decision.domain.Decision;
import se.ebba.decision.domain.DecisionDraft;
import se.ebba.decision.domain.DecisionGround;
import se.ebba.decision.domain.DecisionType;
import se.ebba.decision.domain.DelegationRule;
import se.ebba.decision.domain.ItemKind;
import se.ebba.decision.domain.Notification;
import se.ebba.decision.domain.NotificationMethod;
import se.ebba.decision.domain.Outcome;
import se.ebba.decision.domain.RefusedPart;
import se.ebba.decision.domain.Proposal;
import se.ebba.decision.internal.DecisionStore;
import se.ebba.identity.domain.Role;
import se.ebba.shared.ConcurrentEditException;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcDecisionStore implements DecisionStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcDecisionStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    // ------------------------------------------------------------------ applications

    @Override
    public void saveApplication(Application a, UUID registeredBy) {
        jdbc.sql("""
                        insert into application (id, case_id, kind, benefit_month, received_on, registered_at, registered_by)
                        values (:id, :case, :kind, :month, :received, :at, :by)""")
                .param("id", a.id()).param("case", a.caseId()).param("kind", a.kind().name()).param("month", Date.valueOf(a.month().atDay(1)))
                .param("received", Date.valueOf(a.receivedOn())).param("at", Timestamp.from(a.registeredAt())).param("by", registeredBy)
                .update();
        for (AppliedItem item : a.items()) {
            jdbc.sql("""
                            insert into applied_item (id, application_id, position, kind, description, amount)
                            values (:id, :app, :pos, :kind, :description, :amount)""")
                    .param("id", item.id()).param("app", a.id()).param("pos", item.position()).param("kind", item.kind().name())
                    .param("description", item.description()).param("amount", item.amount() == null ? null : Math.toIntExact(item.amount()))
                    .update();
        }
    }

    @Override
    public Optional<Application> application(UUID id) {
        return applications("where id = :id", "id", id).stream().findFirst();
    }

    @Override
    public List<Application> applicationsOfCase(UUID caseId) {
        return applications("where case_id = :case", "case", caseId);
    }

    private List<Application> applications(String where, String name, UUID value) {
        record Row(UUID id, UUID caseId, ApplicationKind kind, YearMonth month, LocalDate received, java.time.Instant at) {
        }
        List<Row> rows = jdbc.sql("select id, case_id, kind, benefit_month, received_on, registered_at from application " + where
                        + " order by benefit_month desc, registered_at desc").param(name, value)
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
                        ApplicationKind.valueOf(rs.getString("kind")), YearMonth.from(rs.getDate("benefit_month").toLocalDate()),
                        rs.getDate("received_on").toLocalDate(), rs.getTimestamp("registered_at").toInstant())).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(Row::id).toList();
        record ItemRow(UUID applicationId, AppliedItem item) {
        }
        Map<UUID, List<AppliedItem>> items = jdbc.sql("select id, application_id, position, kind, description, amount from applied_item"
                        + " where application_id in (:ids) order by position").param("ids", ids)
                .query((rs, n) -> new ItemRow(rs.getObject("application_id", UUID.class), new AppliedItem(rs.getObject("id", UUID.class),
                        rs.getInt("position"), ItemKind.valueOf(rs.getString("kind")), rs.getString("description"),
                        rs.getObject("amount") == null ? null : rs.getLong("amount")))).list()
                .stream().collect(Collectors.groupingBy(ItemRow::applicationId, Collectors.mapping(ItemRow::item, Collectors.toList())));
        return rows.stream().map(r -> new Application(r.id(), r.caseId(), r.kind(), r.month(), r.received(),
                items.getOrDefault(r.id(), List.of()), r.at())).toList();
    }

    // ------------------------------------------------------------------ child impact analyses

    @Override
    public void saveAnalysis(ChildImpactAnalysis a, UUID writtenBy) {
        jdbc.sql("""
                        insert into child_impact_analysis (id, application_id, child_person_id, situation, effect, best_interests,
                                                           written_at, written_by, written_by_name, corrects_id)
                        values (:id, :app, :child, :situation, :effect, :best, :at, :by, :name, :corrects)""")
                .param("id", a.id()).param("app", a.applicationId()).param("child", a.childPersonId()).param("situation", a.situation())
                .param("effect", a.effect()).param("best", a.bestInterests()).param("at", Timestamp.from(a.writtenAt()))
                .param("by", writtenBy).param("name", a.writtenByName()).param("corrects", a.correctsId()).update();
    }

    @Override
    public List<ChildImpactAnalysis> analyses(UUID applicationId) {
        return jdbc.sql("select * from child_impact_analysis where application_id = :app order by written_at")
                .param("app", applicationId)
                .query((rs, n) -> new ChildImpactAnalysis(rs.getObject("id", UUID.class), rs.getObject("application_id", UUID.class),
                        rs.getObject("child_person_id", UUID.class), rs.getString("situation"), rs.getString("effect"),
                        rs.getString("best_interests"), rs.getTimestamp("written_at").toInstant(), rs.getString("written_by_name"),
                        rs.getObject("corrects_id", UUID.class))).list();
    }

    // ------------------------------------------------------------------ proposals

    @Override
    public void saveProposal(Proposal p, UUID proposedBy) {
        jdbc.sql("""
                        insert into decision_proposal (id, application_id, case_id, unit_id, case_number, title, draft, routed_to_roles,
                                                       proposed_at, proposed_by, proposed_by_name)
                        values (:id, :app, :case, :unit, :number, :title, cast(:draft as jsonb), :roles, :at, :by, :name)""")
                .param("id", p.id()).param("app", p.applicationId()).param("case", p.caseId()).param("unit", p.unitId())
                .param("number", p.caseNumber()).param("title", p.title()).param("draft", json.writeValueAsString(p.draft()))
                .param("roles", p.routedTo().stream().map(Role::name).sorted().collect(Collectors.joining(",")))
                .param("at", Timestamp.from(p.proposedAt())).param("by", proposedBy).param("name", p.proposedByName()).update();
    }

    private static final String PROPOSAL = "select p.id, p.application_id, p.case_id, p.unit_id, p.case_number, p.title, p.draft::text as draft,"
            + " p.routed_to_roles, p.proposed_at, p.proposed_by_name from decision_proposal p ";

    @Override
    public Optional<Proposal> latestProposal(UUID applicationId) {
        return jdbc.sql(PROPOSAL + "where p.application_id = :app order by p.proposed_at desc limit 1").param("app", applicationId)
                .query(this::proposal).optional();
    }

    @Override
    public List<Proposal> openProposals(Collection<UUID> units, Set<Role> roles) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(PROPOSAL + """
                        where p.unit_id in (:units)
                          and not exists (select 1 from decision d where d.application_id = p.application_id)
                          and p.proposed_at = (select max(q.proposed_at) from decision_proposal q where q.application_id = p.application_id)
                        order by p.proposed_at""").param("units", units)
                .query(this::proposal).list().stream()
                .filter(p -> p.routedTo().stream().anyMatch(roles::contains)).toList();
    }

    @Override
    public int countOpenProposals(Collection<UUID> units, Set<Role> roles) {
        if (units.isEmpty() || roles.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                        select count(*) from decision_proposal p
                        where p.unit_id in (:units)
                          and string_to_array(p.routed_to_roles, ',') && cast(:roles as text[])
                          and not exists (select 1 from decision d where d.application_id = p.application_id)
                          and p.proposed_at = (select max(q.proposed_at) from decision_proposal q where q.application_id = p.application_id)""")
                .param("units", units).param("roles", roles.stream().map(Role::name).toArray(String[]::new))
                .query(Integer.class).single();
    }

    private Proposal proposal(ResultSet rs, int n) throws SQLException {
        Set<Role> roles = Arrays.stream(rs.getString("routed_to_roles").split(",")).map(Role::valueOf)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return new Proposal(rs.getObject("id", UUID.class), rs.getObject("application_id", UUID.class), rs.getObject("case_id", UUID.class),
                rs.getObject("unit_id", UUID.class), rs.getString("case_number"), rs.getString("title"),
                json.readValue(rs.getString("draft"), DecisionDraft.class), roles, rs.getTimestamp("proposed_at").toInstant(),
                rs.getString("proposed_by_name"));
    }

    // ------------------------------------------------------------------ decisions

    @Override
    public void saveDecision(Decision d, UUID decidedBy) {
        DecisionDraft.ActivityRecord a = d.activity();
        try {
            insertDecision(d, decidedBy, a);
        } catch (DuplicateKeyException e) {
            throw new ConcurrentEditException("Någon annan fattade beslut i ansökan medan du arbetade. Ladda om sidan och läs beslutet.");
        }
        for (Decision.DecidedItem item : d.items()) {
            jdbc.sql("""
                            insert into decision_item (decision_id, applied_item_id, outcome, reference_amount, granted_amount)
                            values (:decision, :item, :outcome, :reference, :granted)""")
                    .param("decision", d.id()).param("item", item.itemId()).param("outcome", item.outcome().name())
                    .param("reference", Math.toIntExact(item.reference())).param("granted", Math.toIntExact(item.granted())).update();
        }
        for (int i = 0; i < d.refusedParts().size(); i++) {
            RefusedPart part = d.refusedParts().get(i);
            jdbc.sql("""
                            insert into decision_refused_part (decision_id, position, part_key, subject, amount, because, legal_reference, reasons)
                            values (:decision, :position, :key, :subject, :amount, :because, :law, :reasons)""")
                    .param("decision", d.id()).param("position", i).param("key", part.key()).param("subject", part.subject())
                    .param("amount", Math.toIntExact(part.amount())).param("because", part.because())
                    .param("law", part.legalReference() == null ? "" : part.legalReference()).param("reasons", part.reasons()).update();
        }
    }

    private void insertDecision(Decision d, UUID decidedBy, DecisionDraft.ActivityRecord a) {
        jdbc.sql("""
                        insert into decision (id, application_id, case_id, decision_date, law_code, ground, reasons, legal_basis, calculation_id,
                                              against_applicant, total_granted, decided_by, decided_by_name, decided_by_title, delegation,
                                              proposal_id, replaces_id, activity, activity_dates, activity_explanation, activity_assessment,
                                              decided_at)
                        values (:id, :app, :case, :date, :law, :ground, :reasons, :basis, :calc, :against, :total, :by, :name, :title,
                                :delegation, :proposal, :replaces, :activity, :dates, :explanation, :assessment, :at)""")
                .param("id", d.id()).param("app", d.applicationId()).param("case", d.caseId()).param("date", Date.valueOf(d.decisionDate()))
                .param("law", d.lawCode()).param("ground", d.ground().name()).param("reasons", d.reasons())
                .param("basis", String.join("\n", d.legalBasis())).param("calc", d.calculationId()).param("against", d.againstApplicant())
                .param("total", Math.toIntExact(d.totalGranted())).param("by", decidedBy).param("name", d.decidedByName())
                .param("title", d.decidedByTitle()).param("delegation", d.delegation()).param("proposal", d.proposalId()).param("replaces", d.replacesId())
                .param("activity", a == null ? null : a.activity()).param("dates", a == null ? null : a.dates())
                .param("explanation", a == null ? null : a.explanation()).param("assessment", a == null ? null : a.assessment())
                .param("at", Timestamp.from(d.decidedAt())).update();
    }

    @Override
    public Optional<Decision> decision(UUID id) {
        return decisions("d.id = :id", id).stream().findFirst();
    }

    /** The decision in force: the newest one that no other decision replaces. */
    @Override
    public Optional<Decision> decisionOf(UUID applicationId) {
        return decisions("d.application_id = :id and " + NOT_REPLACED, applicationId).stream().findFirst();
    }

    @Override
    public Optional<UUID> replacedBy(UUID decisionId) {
        return jdbc.sql("select id from decision where replaces_id = :id").param("id", decisionId).query(UUID.class).optional();
    }

    private static final String NOT_REPLACED = "not exists (select 1 from decision r where r.replaces_id = d.id)";

    private List<Decision> decisions(String where, UUID value) {
        List<Decision> found = jdbc.sql("select * from decision d where " + where).param("id", value).query((rs, n) -> {
            String activity = rs.getString("activity");
            return new Decision(rs.getObject("id", UUID.class), rs.getObject("application_id", UUID.class), rs.getObject("case_id", UUID.class),
                    rs.getDate("decision_date").toLocalDate(), rs.getString("law_code"), DecisionGround.valueOf(rs.getString("ground")),
                    rs.getString("reasons"), List.of(rs.getString("legal_basis").split("\n")), rs.getObject("calculation_id", UUID.class),
                    rs.getBoolean("against_applicant"), rs.getLong("total_granted"), rs.getString("decided_by_name"),
                    rs.getString("decided_by_title"), rs.getString("delegation"), rs.getObject("proposal_id", UUID.class),
                    rs.getObject("replaces_id", UUID.class), activity == null ? null : new DecisionDraft.ActivityRecord(activity, rs.getString("activity_dates"),
                            rs.getString("activity_explanation"), rs.getString("activity_assessment")),
                    rs.getTimestamp("decided_at").toInstant(), List.of());
        }).list();
        List<Decision> complete = new ArrayList<>();
        for (Decision d : found) {
            List<Decision.DecidedItem> items = jdbc.sql("""
                            select i.applied_item_id, a.kind, a.description, i.outcome, i.reference_amount, i.granted_amount
                            from decision_item i join applied_item a on a.id = i.applied_item_id
                            where i.decision_id = :id order by a.position""").param("id", d.id())
                    .query((rs, n) -> new Decision.DecidedItem(rs.getObject(1, UUID.class), ItemKind.valueOf(rs.getString(2)),
                            rs.getString(3), Outcome.valueOf(rs.getString(4)), rs.getLong(5), rs.getLong(6))).list();
            List<RefusedPart> parts = jdbc.sql("""
                            select part_key, subject, amount, because, legal_reference, reasons
                            from decision_refused_part where decision_id = :id order by position""").param("id", d.id())
                    .query((rs, n) -> new RefusedPart(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                            rs.getString(6))).list();
            complete.add(new Decision(d.id(), d.applicationId(), d.caseId(), d.decisionDate(), d.lawCode(), d.ground(), d.reasons(),
                    d.legalBasis(), d.calculationId(), d.againstApplicant(), d.totalGranted(), d.decidedByName(), d.decidedByTitle(),
                    d.delegation(), d.proposalId(), d.replacesId(), d.activity(), d.decidedAt(), items, parts));
        }
        return complete;
    }

    // ------------------------------------------------------------------ notification and appeal

    @Override
    public void saveNotification(Notification n, UUID recordedBy) {
        jdbc.sql("""
                        insert into decision_notification (id, decision_id, notified_on, method, appeal_last_day, recorded_at, recorded_by,
                                                           recorded_by_name, corrects_id)
                        values (:id, :decision, :on, :method, :last, :at, :by, :name, :corrects)""")
                .param("id", n.id()).param("decision", n.decisionId()).param("on", Date.valueOf(n.notifiedOn()))
                .param("method", n.method().name()).param("last", Date.valueOf(n.appealLastDay())).param("at", Timestamp.from(n.recordedAt()))
                .param("by", recordedBy).param("name", n.recordedByName()).param("corrects", n.correctsId()).update();
    }

    @Override
    public List<Notification> notifications(UUID decisionId) {
        return jdbc.sql("select * from decision_notification where decision_id = :id order by recorded_at").param("id", decisionId)
                .query((rs, n) -> new Notification(rs.getObject("id", UUID.class), rs.getObject("decision_id", UUID.class),
                        rs.getDate("notified_on").toLocalDate(), NotificationMethod.valueOf(rs.getString("method")),
                        rs.getDate("appeal_last_day").toLocalDate(), rs.getTimestamp("recorded_at").toInstant(),
                        rs.getString("recorded_by_name"), rs.getObject("corrects_id", UUID.class))).list();
    }

    @Override
    public void saveAppeal(Appeal a, UUID registeredBy) {
        jdbc.sql("""
                        insert into appeal (id, decision_id, received_on, in_time, summary, registered_at, registered_by)
                        values (:id, :decision, :received, :inTime, :summary, :at, :by)""")
                .param("id", a.id()).param("decision", a.decisionId()).param("received", Date.valueOf(a.receivedOn()))
                .param("inTime", a.inTime()).param("summary", a.summary()).param("at", Timestamp.from(a.registeredAt()))
                .param("by", registeredBy).update();
    }

    @Override
    public Optional<Appeal> appeal(UUID id) {
        return appeals("id = :id", id).stream().findFirst();
    }

    @Override
    public List<Appeal> appeals(UUID decisionId) {
        return appeals("decision_id = :id", decisionId);
    }

    private List<Appeal> appeals(String where, UUID value) {
        return jdbc.sql("select * from appeal where " + where + " order by registered_at").param("id", value).query((rs, n) -> {
            UUID id = rs.getObject("id", UUID.class);
            return new Appeal(id, rs.getObject("decision_id", UUID.class), rs.getDate("received_on").toLocalDate(), rs.getBoolean("in_time"),
                    rs.getString("summary"), rs.getTimestamp("registered_at").toInstant(), List.of());
        }).list().stream().map(a -> new Appeal(a.id(), a.decisionId(), a.receivedOn(), a.inTime(), a.summary(), a.registeredAt(),
                jdbc.sql("select step, step_date, note, recorded_at, recorded_by_name from appeal_step where appeal_id = :id")
                        .param("id", a.id())
                        .query((rs, n) -> new Appeal.Step(AppealStepKind.valueOf(rs.getString(1)), rs.getDate(2).toLocalDate(),
                                rs.getString(3), rs.getTimestamp(4).toInstant(), rs.getString(5))).list())).toList();
    }

    @Override
    public void saveAppealStep(UUID appealId, Appeal.Step step, UUID recordedBy) {
        jdbc.sql("""
                        insert into appeal_step (id, appeal_id, step, step_date, note, recorded_at, recorded_by, recorded_by_name)
                        values (:id, :appeal, :step, :date, :note, :at, :by, :name)""")
                .param("id", UUID.randomUUID()).param("appeal", appealId).param("step", step.kind().name())
                .param("date", Date.valueOf(step.date())).param("note", step.note()).param("at", Timestamp.from(step.recordedAt()))
                .param("by", recordedBy).param("name", step.recordedByName()).update();
    }

    // ------------------------------------------------------------------ history and delegation

    @Override
    public Set<YearMonth> monthsWithLivelihoodSupport(UUID caseId) {
        return jdbc.sql("""
                        select distinct a.benefit_month from decision d
                        join application a on a.id = d.application_id
                        join decision_item i on i.decision_id = d.id
                        join applied_item ai on ai.id = i.applied_item_id
                        where d.case_id = :case and ai.kind = 'LIVELIHOOD_SUPPORT' and i.granted_amount > 0
                          and not exists (select 1 from decision r where r.replaces_id = d.id)""")
                .param("case", caseId).query((rs, n) -> YearMonth.from(rs.getDate(1).toLocalDate())).set();
    }

    @Override
    public List<DelegationRule> delegationRules(UUID unitId) {
        return jdbc.sql("select * from delegation_rule where unit_id = :unit order by code, valid_from").param("unit", unitId)
                .query((rs, n) -> new DelegationRule(rs.getString("code"), DecisionType.valueOf(rs.getString("decision_type")),
                        Role.valueOf(rs.getString("role")), rs.getObject("max_amount") == null ? null : rs.getLong("max_amount"),
                        rs.getDate("valid_from").toLocalDate(), rs.getDate("valid_to") == null ? null : rs.getDate("valid_to").toLocalDate(),
                        rs.getString("source"))).list();
    }

    @Override
    public void addDelegationRule(UUID unitId, DelegationRule r, String createdBy) {
        try {
            insertDelegationRule(unitId, r, createdBy);
        } catch (DuplicateKeyException e) {
            throw new ConcurrentEditException("Punkt " + r.code() + " lades till av någon annan nyss. Ladda om sidan.");
        }
    }

    private void insertDelegationRule(UUID unitId, DelegationRule r, String createdBy) {
        jdbc.sql("""
                        insert into delegation_rule (id, unit_id, code, decision_type, role, max_amount, valid_from, valid_to, source, created_by)
                        values (:id, :unit, :code, :type, :role, :max, :from, :to, :source, :by)""")
                .param("id", UUID.randomUUID()).param("unit", unitId).param("code", r.code()).param("type", r.type().name())
                .param("role", r.role().name()).param("max", r.maxAmount() == null ? null : Math.toIntExact(r.maxAmount()))
                .param("from", Date.valueOf(r.validFrom())).param("to", r.validTo() == null ? null : Date.valueOf(r.validTo()))
                .param("source", r.source()).param("by", createdBy).update();
    }

    @Override
    public boolean endDelegationRule(UUID unitId, String code, LocalDate lastDay) {
        return jdbc.sql("update delegation_rule set valid_to = :last where unit_id = :unit and code = :code and valid_to is null and valid_from <= :last")
                .param("last", Date.valueOf(lastDay)).param("unit", unitId).param("code", code).update() == 1;
    }
}
