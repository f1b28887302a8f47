package se.ebba.monthly.web;

import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import se.ebba.application.domain.AppliedItem;
import se.ebba.decision.Decisions.ApplicationPage;
import se.ebba.decision.domain.DecisionDraft;
import se.ebba.decision.domain.DecisionGround;
import se.ebba.decision.domain.Outcome;
import se.ebba.decision.domain.RefusedPart;
import se.ebba.monthly.MonthlyProposals;
import se.ebba.shared.InvalidInputException;

/**
 * The decision form of a month's proposal as the browser posts it: the full grant as proposed, or
 * (when the payment officer says so) another outcome of försörjningsstöd with the reasons; the
 * reasons for each refused part of the calculation (a cost above the cap) in the order shown.
 *
 * @param action "besluta" or "skicka" (Skicka till handläggaren)
 * @param choice "helt" (as proposed) or "annat"
 */
public record ProposalDecisionForm(@Size(max = 20) String action, @Size(max = 20) String choice, @Size(max = 20) String outcome,
                                   @Size(max = 12) String granted, @Size(max = 20000) String reasons, List<@Size(max = 20000) String> partReasons) {

    public static ProposalDecisionForm empty() {
        return new ProposalDecisionForm("besluta", "helt", Outcome.PARTLY_GRANTED.name(), "", "", List.of());
    }

    boolean sendToCaseworker() {
        return "skicka".equals(action);
    }

    /** The draft on the application page the decision module opened. */
    DecisionDraft draft(ApplicationPage page) {
        List<RefusedPart> parts = page.refusedParts();
        List<DecisionDraft.PartReasons> written = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            written.add(new DecisionDraft.PartReasons(parts.get(i).key(), partReasons == null || i >= partReasons.size() ? "" : partReasons.get(i)));
        }
        DecisionDraft full = MonthlyProposals.fullGrant(page.application());
        if (!"annat".equals(choice)) {
            return new DecisionDraft(full.items(), DecisionGround.NEED_ASSESSMENT, "", null, written);
        }
        Outcome chosen = outcomeOf(outcome);
        List<DecisionDraft.ItemDecision> items = new ArrayList<>();
        for (AppliedItem item : page.application().items()) {
            boolean first = item.position() == page.application().items().getFirst().position();
            items.add(first ? new DecisionDraft.ItemDecision(item.id(), chosen, chosen == Outcome.PARTLY_GRANTED ? amount(granted) : null)
                    : new DecisionDraft.ItemDecision(item.id(), Outcome.GRANTED, null));
        }
        return new DecisionDraft(items, DecisionGround.NEED_ASSESSMENT, reasons, null, written);
    }

    private static Outcome outcomeOf(String text) {
        try {
            return Outcome.valueOf(text == null ? "" : text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("outcome", "Välj ett utfall för försörjningsstödet.");
        }
    }

    private static Long amount(String text) {
        String t = text == null ? "" : text.replaceAll("[\\s\\u00a0]", "");
        if (!t.matches("[0-9]{1,7}")) {
            throw new InvalidInputException("granted", "Ange det beviljade beloppet i hela kronor.");
        }
        return Long.parseLong(t);
    }
}
