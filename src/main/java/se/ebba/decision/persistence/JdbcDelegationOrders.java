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
import tools.jackson.databind.json.JsonMapper;

import se.ebba.decision.internal.DelegationOrders;

@Repository
class JdbcDelegationOrders implements DelegationOrders {

    private final JdbcClient jdbc;

    JdbcDelegationOrders(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
