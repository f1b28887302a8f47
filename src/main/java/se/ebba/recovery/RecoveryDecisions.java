package se.ebba.recovery;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.ebba.audit.AccessAction;
import se.ebba.calculation.RuleTables;
import se.ebba.calculation.RuleTables.LegalBasis;
import se.ebba.calculation.domain.Kronor;
import se.ebba.casefile.domain.CaseId;
import se.ebba.decision.Delegations;
import se.ebba.decision.domain.DecisionType;
import se.ebba.decision.domain.DelegationPolicy;
import se.ebba.decision.domain.DelegationRule;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.domain.Role;
import se.ebba.identity.domain.UnitId;
import se.ebba.recovery.domain.Decider;
import se.ebba.recovery.domain.IncorrectPaymentId;
import se.ebba.recovery.domain.RecoveryMatter;
import se.ebba.recovery.domain.RecoveryMatter.DecisionDraft;
import se.ebba.shared.InvalidInputException;

/**
 * The decisions of a recovery matter: the recovery decision (SoL 33 kap. 1–2 §§) and the waiver
 * (33 kap. 6 §). Both are made by a person within the unit's delegation order for
 * {@link DecisionType#RECOVERY} on the decision date, cite the law in force on that date, and are
 * refused with Swedish reasons when the conditions are not met; nothing is saved then.
 */
@Service
public class RecoveryDecisions {

    private final MatterChanges changes;
    private final Delegations delegations;
    private final RuleTables ruleTables;

    RecoveryDecisions(MatterChanges changes, Delegations delegations, RuleTables ruleTables) {
        this.changes = changes;
        this.delegations = delegations;
        this.ruleTables = ruleTables;
    }

    @Transactional
    public RecoveryMatter decide(CaseId caseId, IncorrectPaymentId id, DecisionDraft draft, CurrentUser user) {
        return changes.change(caseId, id, user, AccessAction.DECIDE_RECOVERY, "Beslut om återkrav", (ref, m) -> {
            LocalDate on = draft.decisionDate() == null ? changes.today() : draft.decisionDate();
            Decider decider = decider(ref.unit(), user, draft.amount(), on);
            return List.of(m.decide(draft, decider, changes.today(), changes.recorder(user)));
        });
    }

    @Transactional
    public RecoveryMatter waive(CaseId caseId, IncorrectPaymentId id, LocalDate decisionDate, Long amount, String reasons, CurrentUser user) {
        return changes.change(caseId, id, user, AccessAction.DECIDE_RECOVERY, "Eftergift av återkrav", (ref, m) -> {
            Decider decider = decider(ref.unit(), user, amount, decisionDate == null ? changes.today() : decisionDate);
            return m.waive(decisionDate, amount, reasons, decider, changes.today(), changes.recorder(user));
        });
    }

    /** Whether the user holds delegation for recovery decisions in the unit today (to offer the forms). */
    public boolean mayDecide(UnitId unit, CurrentUser user) {
        return delegations.rules(unit).stream().anyMatch(r -> r.type() == DecisionType.RECOVERY && user.has(r.role())
                && !changes.today().isBefore(r.validFrom()) && (r.validTo() == null || !changes.today().isAfter(r.validTo())));
    }

    private Decider decider(UnitId unit, CurrentUser user, Long amount, LocalDate on) {
        long checked = amount == null ? 0 : Math.max(0, amount);
        DelegationPolicy.Outcome outcome = new DelegationPolicy(delegations.rules(unit)).check(user.roles(), DecisionType.RECOVERY, checked, on);
        DelegationRule rule = switch (outcome) {
            case DelegationPolicy.Outcome.Allowed allowed -> allowed.rule();
            case DelegationPolicy.Outcome.NeedsHigherDelegation higher -> throw new InvalidInputException("amount",
                    "Du har inte delegation att besluta om återkrav på " + Kronor.format(checked) + " kr. Beslutet fattas av: "
                            + higher.roles().stream().map(Role::title).collect(Collectors.joining(", ")) + ".");
            case DelegationPolicy.Outcome.NoOneHasDelegation none -> throw new InvalidInputException("amount",
                    "Ingen har delegation att besluta om återkrav på " + Kronor.format(checked) + " kr: socialnämnden beslutar.");
        };
        LegalBasis law = ruleTables.legalBasis(on);
        DelegationPolicy.Verdict.Allowed allowed = new DelegationPolicy.Verdict.Allowed(List.of(rule));
        return new Decider(user.id(), user.displayName(), allowed.title(), allowed.describe(), law.lawCode(), law.references());
    }
}
