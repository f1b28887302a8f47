package se.ebba.quality;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import se.ebba.audit.AccessAction;
import se.ebba.casefile.CaseDetails;
import se.ebba.casefile.CaseFiles;
import se.ebba.casefile.domain.CaseId;
import se.ebba.casefile.domain.CaseState;
import se.ebba.casefile.domain.HouseholdRole;
import se.ebba.changeplan.ChangePlanService;
import se.ebba.changeplan.PlanFacts;
import se.ebba.decision.Decisions;
import se.ebba.identity.CurrentUser;
import se.ebba.investigation.BasicInvestigationService;
import se.ebba.investigation.InvestigationFacts;
import se.ebba.quality.domain.AuditRules;
import se.ebba.quality.domain.CaseAuditFacts;
import se.ebba.quality.domain.Finding;

/**
 * The continuous case audit of one case (QUALITY.md): the facts gathered from the modules that own
 * them (the grundutredning, the förändringsplan, the decisions and child impact analyses, the
 * household) and every criterion evaluated on them by {@link AuditRules}.
 */
@Service
public class CaseAudits {

    private final CaseFiles caseFiles;
    private final BasicInvestigationService investigations;
    private final ChangePlanService plans;
    private final Decisions decisions;
    private final Clock clock;

    CaseAudits(CaseFiles caseFiles, BasicInvestigationService investigations, ChangePlanService plans, Decisions decisions, Clock clock) {
        this.caseFiles = caseFiles;
        this.investigations = investigations;
        this.plans = plans;
        this.decisions = decisions;
        this.clock = clock;
    }

    /** The case's audit, as the case's own page shows it: what it meets and what it lacks; one access-log row. */
    public CaseAudit ofCase(CaseId caseId, CurrentUser user) {
        CaseDetails details = caseFiles.open(caseId, user, AccessAction.VIEW_CASE_AUDIT);
        return new CaseAudit(details, AuditRules.evaluate(facts(details)));
    }

    /** The facts of a case already opened (or audited as the system). */
    CaseAuditFacts facts(CaseDetails opened) {
        Set<UUID> children = opened.household().stream().filter(m -> m.role() == HouseholdRole.CHILD)
                .map(m -> m.person().id().value()).collect(Collectors.toSet());
        InvestigationFacts investigation = investigations.facts(opened.id(), !children.isEmpty());
        PlanFacts plan = plans.facts(opened.id(), opened.unit().id());
        return new CaseAuditFacts(LocalDate.now(clock), opened.state() == CaseState.OPEN_ONGOING, !children.isEmpty(), plan.referredOn(),
                plan.planWithinMonths(),
                new CaseAuditFacts.Investigation(investigation.saved(), investigation.complete(), investigation.analysisWritten(),
                        investigation.childrenWritten(), investigation.missingHeadings()),
                plan.current().map(p -> new CaseAuditFacts.Plan(p.agreedOn(), p.goalIndividual(), p.subGoals(), p.requirements(),
                        p.participationWritten(), p.nextFollowUpOn(), p.lastFollowUpOn(), p.signed())),
                plan.noPlanReason(),
                decisions.refusals(opened.id(), children).stream()
                        .map(r -> new CaseAuditFacts.Refusal(r.decidedOn(), r.childrenWithoutAnalysis())).toList());
    }

    /** A case with every criterion's finding, in the order of the criteria. */
    public record CaseAudit(CaseDetails caseDetails, List<Finding> findings) {

        public List<Finding> gaps() {
            return findings.stream().filter(Finding::gap).toList();
        }

        public boolean closed() {
            return caseDetails.state() == CaseState.CLOSED;
        }
    }
}
