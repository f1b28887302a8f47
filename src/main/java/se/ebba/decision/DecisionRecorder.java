package se.ebba.decision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import se.ebba.application.Applications;
import se.ebba.application.domain.ItemKind;
import se.ebba.calculation.RuleTables;
import se.ebba.calculation.RuleTables.LegalBasis;
import se.ebba.casefile.domain.CaseId;
import se.ebba.decision.Decisions.ApplicationPage;
import se.ebba.decision.domain.Decision;
import se.ebba.decision.domain.DecisionDraft;
import se.ebba.decision.domain.DecisionGround;
import se.ebba.decision.domain.DecisionId;
import se.ebba.decision.domain.DecisionRules.Resolution;
import se.ebba.decision.domain.Proposal;
import se.ebba.decision.internal.MadeDecisions;
import se.ebba.identity.CurrentUser;

/**
 * Writes a decision whose checks have passed and whose authority is settled (a person's delegation,
 * or a unit's rule for automatic grant): the decision with the law of its date, the application's
 * state, and {@link DecisionMade}.
 */
@Component
class DecisionRecorder {

    private final MadeDecisions store;
    private final Applications applications;
    private final RuleTables ruleTables;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DecisionRecorder(MadeDecisions store, Applications applications, RuleTables ruleTables, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.applications = applications;
        this.ruleTables = ruleTables;
        this.events = events;
        this.clock = clock;
    }

    /** @param title the decider's title; {@code delegation}: what the decider decided under, as the letter names it */
    Decision record(CaseId caseId, ApplicationPage page, DecisionDraft draft, Resolution resolution, Decision replacing, CurrentUser user,
                    String title, String delegation) {
        LocalDate today = LocalDate.now(clock);
        LegalBasis law = ruleTables.legalBasis(today);
        Proposal proposal = replacing == null ? page.proposal() : null;
        Decision decision = new Decision(UUID.randomUUID(), page.application().id().value(), caseId.value(), today, law.lawCode(), draft.ground(),
                DecisionLetters.reasonsOf(draft, resolution.refusedParts()),
                DecisionLetters.legalBasisLines(page, draft.ground(), resolution.againstApplicant(), law),
                page.calculation().id(), resolution.againstApplicant(), resolution.totalGranted(),
                user.displayName(), title, delegation,
                proposal == null ? null : proposal.id(), replacing == null ? null : replacing.id(),
                draft.ground() == DecisionGround.DECLINED_ACTIVITY ? draft.activity() : null,
                clock.instant(), resolution.items().stream().map(r -> new Decision.DecidedItem(r.item().id(), r.item().kind(),
                r.item().description(), r.outcome(), r.reference(), r.granted())).toList(), resolution.refusedParts());
        store.saveDecision(decision, user.id().value());
        applications.recordDecision(caseId, page.application().id(), replacing != null, user);
        boolean livelihood = decision.items().stream().anyMatch(i -> i.kind() == ItemKind.LIVELIHOOD_SUPPORT && i.granted() > 0);
        events.publishEvent(new DecisionMade(caseId, new DecisionId(decision.id()), page.application().month(), decision.totalGranted(),
                decision.againstApplicant(), decision.decidedAt(), livelihood, replacing == null ? null : new DecisionId(replacing.id())));
        return decision;
    }
}
