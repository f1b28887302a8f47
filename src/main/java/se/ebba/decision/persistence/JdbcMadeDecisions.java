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
import se.ebba.appeal.domain.Appeal;
import se.ebba.appeal.domain.AppealStepKind;
import se.ebba.application.domain.Application;
import se.ebba.application.domain.ApplicationKind;
import se.ebba.application.domain.AppliedItem;
import se.ebba.application.domain.ChildImpactAnalysis;
import se.ebba.decision.domain.Decision;
import se.ebba.decision.domain.DecisionDraft;
import se.ebba.decision.domain.DecisionGround;
import se.ebba.decision.domain.DecisionType;
import se.ebba.decision.domain.DelegationRule;
import se.ebba.application.domain.ItemKind;
import se.ebba.appeal.domain.Notification;
import se.ebba.appeal.domain.NotificationMethod;
import se.ebba.decision.domain.Outcome;
import se.ebba.decision.domain.RefusedPart;
import se.ebba.decision.domain.Proposal;
import se.ebba.identity.domain.Role;
import se.ebba.shared.ConcurrentEditException;
import se.ebba.shared.infra.ImmutableRows;
import tools.jackson.databind.json.JsonMapper;

import se.ebba.decision.internal.MadeDecisions;

@Repository
class JdbcMadeDecisions implements MadeDecisions {

    /** A made decision never changes (a change is a new decision that replaces it), so it is kept once read. */
    static final long KEPT_DECISIONS = 20_000;

    private final JdbcClient jdbc;
    private final ImmutableRows<UUID, Decision> made = new ImmutableRows<>(KEPT_DECISIONS);

    JdbcMadeDecisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
        return made.get(id, key -> decisions("d.id = :id", key).stream().findFirst());
    }

    /** The decision in force: the newest one that no other decision replaces. */
    @Override
    public Optional<Decision> decisionOf(UUID applicationId) {
        return decisions("d.application_id = :id and " + NOT_REPLACED, applicationId).stream().findFirst();
    }

    @Override
    public List<Decision> decisionsOfCase(UUID caseId) {
        return decisions("d.case_id = :id", caseId);
    }

    @Override
    public Optional<UUID> decidedBy(UUID decisionId) {
        return jdbc.sql("select decided_by from decision where id = :id").param("id", decisionId).query(UUID.class).optional();
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
            Optional<Decision> kept = made.kept(d.id());
            if (kept.isPresent()) {
                complete.add(kept.get());
                continue;
            }
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
            Decision whole = new Decision(d.id(), d.applicationId(), d.caseId(), d.decisionDate(), d.lawCode(), d.ground(), d.reasons(),
                    d.legalBasis(), d.calculationId(), d.againstApplicant(), d.totalGranted(), d.decidedByName(), d.decidedByTitle(),
                    d.delegation(), d.proposalId(), d.replacesId(), d.activity(), d.decidedAt(), items, parts);
            made.keep(whole.id(), whole);
            complete.add(whole);
        }
        return complete;
    }

    @Override
    public boolean hasDecision(UUID caseId) {
        return jdbc.sql("select exists (select 1 from decision where case_id = :case)").param("case", caseId).query(Boolean.class).single();
    }
}
