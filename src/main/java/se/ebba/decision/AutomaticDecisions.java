package se.ebba.decision;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.ebba.application.Applications;
import se.ebba.application.domain.Application;
import se.ebba.application.domain.ApplicationId;
import se.ebba.audit.AccessAction;
import se.ebba.audit.AccessEvent.Subject;
import se.ebba.audit.AccessEvent.SubjectType;
import se.ebba.calculation.Calculations;
import se.ebba.casefile.CaseDetails;
import se.ebba.casefile.CaseFiles;
import se.ebba.casefile.CaseFiles.CasePart;
import se.ebba.casefile.domain.CaseId;
import se.ebba.decision.Decisions.ApplicationPage;
import se.ebba.decision.domain.Decision;
import se.ebba.decision.domain.DecisionDraft;
import se.ebba.decision.domain.DecisionGround;
import se.ebba.decision.domain.DecisionRules.Resolution;
import se.ebba.decision.domain.Outcome;
import se.ebba.decision.internal.AutomaticDecisionRules;
import se.ebba.decision.internal.DecisionProposals;
import se.ebba.decision.internal.MadeDecisions;
import se.ebba.identity.CurrentUser;

/**
 * Decisions no person makes: a full grant by the system actor under a rule the unit switched on
 * (automatic grant of recurring monthly applications). The decision names the rule, and its letter
 * says it was made automatically under it, with the decision's normal texts. Only a grant in full
 * that goes against no one is ever made this way: anything else is left for a person.
 */
@Service
public class AutomaticDecisions {

    static final String TITLE = "Automatiskt beslut";

    private final CaseFiles caseFiles;
    private final Applications applications;
    private final Calculations calculations;
    private final MadeDecisions store;
    private final DecisionProposals proposals;
    private final DecisionChecks checks;
    private final DecisionRecorder recorder;
    private final AutomaticDecisionRules rules;
    private final Clock clock;

    AutomaticDecisions(CaseFiles caseFiles, Applications applications, Calculations calculations, MadeDecisions store,
                       DecisionProposals proposals, DecisionChecks checks, DecisionRecorder recorder, AutomaticDecisionRules rules, Clock clock) {
        this.caseFiles = caseFiles;
        this.applications = applications;
        this.calculations = calculations;
        this.store = store;
        this.proposals = proposals;
        this.checks = checks;
        this.recorder = recorder;
        this.rules = rules;
        this.clock = clock;
    }

    /**
     * Grants every item of the application in full as its saved calculation says, as the system
     * under {@code rule}; one row in the access log by the system actor. Empty, with nothing
     * decided, when the application already has a decision or the grant would not pass the decision
     * rules as a plain full grant (e.g. a cost above the cap, a child impact analysis needed).
     */
    @Transactional
    public Optional<Decision> grantInFull(CaseId caseId, ApplicationId applicationId, String rule) {
        CasePart<CurrentUser> opened = caseFiles.openAsSystem(caseId, AccessAction.MAKE_DECISION, "Automatiskt beviljande prövat",
                new Subject(SubjectType.APPLICATION, applicationId.value()));
        CaseDetails details = opened.caseDetails();
        Application application = applications.application(caseId, applicationId);
        if (store.decisionOf(applicationId.value()).isPresent()) {
            return Optional.empty();
        }
        ApplicationPage page = new ApplicationPage(details, application, calculations.latestSaved(caseId, application.month()).orElse(null),
                applications.children(details, application), proposals.latestProposal(applicationId.value()).orElse(null), null);
        DecisionDraft draft = new DecisionDraft(application.items().stream()
                .map(i -> new DecisionDraft.ItemDecision(i.id(), Outcome.GRANTED, null)).toList(), DecisionGround.NEED_ASSESSMENT, "", null);
        Resolution resolution = checks.resolve(page, draft);
        if (!resolution.errors().isEmpty() || resolution.againstApplicant() || resolution.totalGranted() <= 0) {
            return Optional.empty();
        }
        Decision decision = recorder.record(caseId, page, draft, resolution, null, opened.part(), TITLE,
                "Beslutet är fattat automatiskt enligt " + rule);
        rules.save(decision.id(), rule, clock.instant());
        return Optional.of(decision);
    }

    /** The rule an automatic decision was made under; empty for a decision made by a person. */
    public Optional<String> ruleOf(UUID decisionId) {
        return rules.ruleOf(decisionId);
    }
}
