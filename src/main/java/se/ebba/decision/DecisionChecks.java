package se.ebba.decision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import se.ebba.application.domain.SwedishDates;
import se.ebba.calculation.RuleTables;
import se.ebba.decision.Decisions.ApplicationPage;
import se.ebba.decision.domain.DecisionDraft;
import se.ebba.decision.domain.DecisionRules;
import se.ebba.decision.domain.DecisionRules.Resolution;
import se.ebba.decision.domain.DelegationPolicy;
import se.ebba.decision.domain.DelegationPolicy.Verdict;
import se.ebba.decision.internal.DelegationOrders;
import se.ebba.identity.domain.Role;
import se.ebba.shared.InvalidInputException.FieldError;

/**
 * The checks before anyone decides, on an application page already opened: the decision rules, the
 * plausible bound of granted amounts, the saved calculation, and the delegation order.
 */
@Component
class DecisionChecks {

    private final RuleTables ruleTables;
    private final DelegationOrders delegationOrders;
    private final Clock clock;

    DecisionChecks(RuleTables ruleTables, DelegationOrders delegationOrders, Clock clock) {
        this.ruleTables = ruleTables;
        this.delegationOrders = delegationOrders;
        this.clock = clock;
    }

    /** A granted amount above the plausible bound (table amount_limit) is refused as a typing error, naming the item. */
    private Resolution withinAmountLimit(Resolution resolution) {
        long max = ruleTables.amountLimits().grantedItem();
        Resolution checked = resolution;
        for (DecisionRules.ResolvedItem item : resolution.items()) {
            if (item.granted() > max || item.reference() > max) {
                checked = checked.withError(new FieldError("item" + item.item().position() + (item.outcome() == se.ebba.decision.domain.Outcome.PARTLY_GRANTED ? ".granted" : ".outcome"),
                        item.item().description() + ": ett beviljat belopp får vara högst " + se.ebba.calculation.domain.Kronor.format(max)
                                + " kr. Kontrollera beloppet och beräkningen."));
            }
        }
        return checked;
    }

    Resolution resolve(ApplicationPage page, DecisionDraft draft) {
        Long calculated = page.calculation() == null ? null : page.calculation().result().result();
        List<DecisionRules.Child> children = page.children().stream()
                .map(c -> new DecisionRules.Child(c.child().id().value(), c.child().firstName(), c.analysis() != null)).toList();
        Resolution resolution = DecisionRules.resolve(page.application(), draft, calculated, page.refusedParts(), children);
        resolution = withinAmountLimit(resolution);
        if (page.calculation() == null && resolution.errors().stream().noneMatch(e -> e.field().equals("calculation"))) {
            // Also a decision on other needs alone rests on the household's calculation for the month.
            return resolution.withError(new FieldError("calculation", "Spara en beräkning för " + SwedishDates.month(page.application().month())
                    + " innan beslutet fattas: beslutet ska vila på en sparad beräkning."));
        }
        return resolution;
    }

    Verdict delegation(ApplicationPage page, DecisionDraft draft, Resolution resolution, Set<Role> roles) {
        DelegationPolicy policy = new DelegationPolicy(delegationOrders.delegationRules(page.caseDetails().unit().id().value()));
        return policy.checkAll(roles, resolution.delegationAmounts(draft.ground()), LocalDate.now(clock));
    }

    /** Why the user may not decide; {@code canPropose}: whether the form offers to send the draft as a proposal. */
    static String delegationMessage(Verdict verdict, boolean canPropose) {
        if (verdict instanceof Verdict.RouteTo route) {
            return "Beslutet ligger utanför din delegation. Det kan fattas av: "
                    + String.join(", ", route.roles().stream().map(Role::title).toList())
                    + (canPropose ? ". Skicka det som förslag så hamnar det i deras lista över beslut att fatta."
                    : ". Be någon av dem att fatta det ändrade beslutet.");
        }
        return "Ingen roll har delegation för det här beslutet enligt delegationsordningen. Det ska fattas av nämnden.";
    }
}
