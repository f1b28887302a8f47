package se.ebba.decision.internal;

import se.ebba.decision.domain.Appeal;
import se.ebba.decision.domain.Application;
import se.ebba.decision.domain.ChildImpactAnalysis;
import se.ebba.decision.domain.Decision;
import se.ebba.decision.domain.DelegationRule;
import se.ebba.decision.domain.Notification;
import se.ebba.decision.domain.Proposal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import se.ebba.identity.domain.Role;

/** Applications, analyses, proposals, decisions, notifications and appeals. Everything is appended, nothing changed. */
public interface DecisionStore {

    void saveApplication(Application application, UUID registeredBy);

    Optional<Application> application(UUID id);

    /** The application when it belongs to the case; one of another case is as if it did not exist. */
    default Optional<Application> applicationOfCase(UUID caseId, UUID applicationId) {
        return application(applicationId).filter(a -> a.caseId().equals(caseId));
    }

    /** The case's applications, newest benefit month first. */
    List<Application> applicationsOfCase(UUID caseId);

    void saveAnalysis(ChildImpactAnalysis analysis, UUID writtenBy);

    /** The application's analyses, oldest first. */
    List<ChildImpactAnalysis> analyses(UUID applicationId);

    void saveProposal(Proposal proposal, UUID proposedBy);

    Optional<Proposal> latestProposal(UUID applicationId);

    /** Proposals without a decision in the units, routed to any of the roles, oldest first. */
    List<Proposal> openProposals(Collection<UUID> units, Set<Role> roles);

    /** How many open proposals in these units are routed to one of these roles (for the menu). */
    int countOpenProposals(Collection<UUID> units, Set<Role> roles);

    void saveDecision(Decision decision, UUID decidedBy);

    Optional<Decision> decision(UUID id);

    /** The decision when it belongs to the case; one of another case is as if it did not exist. */
    default Optional<Decision> decisionOfCase(UUID caseId, UUID decisionId) {
        return decision(decisionId).filter(d -> d.caseId().equals(caseId));
    }

    /** The application's decision in force: the newest, not replaced by a changed decision. */
    Optional<Decision> decisionOf(UUID applicationId);

    /** The changed decision that replaces this one, if any. */
    Optional<UUID> replacedBy(UUID decisionId);

    void saveNotification(Notification notification, UUID recordedBy);

    /** The decision's notifications, oldest first; the newest is in force. */
    List<Notification> notifications(UUID decisionId);

    void saveAppeal(Appeal appeal, UUID registeredBy);

    Optional<Appeal> appeal(UUID id);

    List<Appeal> appeals(UUID decisionId);

    void saveAppealStep(UUID appealId, Appeal.Step step, UUID recordedBy);

    /** Months in which the case was granted försörjningsstöd by decision. */
    Set<YearMonth> monthsWithLivelihoodSupport(UUID caseId);

    /** The unit's delegation order, also ended rules. */
    List<DelegationRule> delegationRules(UUID unitId);

    void addDelegationRule(UUID unitId, DelegationRule rule, String createdBy);

    /** Ends a rule: it no longer applies after {@code lastDay}. */
    boolean endDelegationRule(UUID unitId, String code, LocalDate lastDay);
}
