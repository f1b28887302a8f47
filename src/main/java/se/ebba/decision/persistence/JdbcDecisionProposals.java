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

import se.ebba.decision.internal.DecisionProposals;

@Repository
class JdbcDecisionProposals implements DecisionProposals {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcDecisionProposals(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
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
}
