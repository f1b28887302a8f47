package se.ebba.decision.domain;

import se.ebba.application.domain.ItemKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Beslut: the outcome per applied item, with reasons and the legal basis of the law in force on the
 * decision date, who decided under which delegation, and the calculation it rests on. Never changed
 * once made: a changed decision (e.g. on reconsideration) is a new decision that replaces it
 * ({@code replacesId}).
 */
public record Decision(UUID id, UUID applicationId, UUID caseId, LocalDate decisionDate, String lawCode, DecisionGround ground,
                       String reasons, List<String> legalBasis, UUID calculationId, boolean againstApplicant, long totalGranted,
                       String decidedByName, String decidedByTitle, String delegation, UUID proposalId, UUID replacesId,
                       DecisionDraft.ActivityRecord activity, Instant decidedAt, List<DecidedItem> items,
                       List<RefusedPart> refusedParts) {

    public Decision {
        legalBasis = List.copyOf(legalBasis);
        items = List.copyOf(items);
        refusedParts = refusedParts == null ? List.of() : List.copyOf(refusedParts);
    }

    public Decision(UUID id, UUID applicationId, UUID caseId, LocalDate decisionDate, String lawCode, DecisionGround ground,
                    String reasons, List<String> legalBasis, UUID calculationId, boolean againstApplicant, long totalGranted,
                    String decidedByName, String decidedByTitle, String delegation, UUID proposalId, UUID replacesId,
                    DecisionDraft.ActivityRecord activity, Instant decidedAt, List<DecidedItem> items) {
        this(id, applicationId, caseId, decisionDate, lawCode, ground, reasons, legalBasis, calculationId, againstApplicant, totalGranted,
                decidedByName, decidedByTitle, delegation, proposalId, replacesId, activity, decidedAt, items, List.of());
    }

    /** The draft this decision would be, as a starting point for a changed decision. */
    public DecisionDraft asDraft() {
        return new DecisionDraft(items.stream().map(i -> new DecisionDraft.ItemDecision(i.itemId(), i.outcome(),
                i.outcome() == Outcome.PARTLY_GRANTED ? i.granted() : null)).toList(), ground, reasons, activity,
                refusedParts.stream().map(p -> new DecisionDraft.PartReasons(p.key(), p.reasons())).toList());
    }

    public record DecidedItem(UUID itemId, ItemKind kind, String description, Outcome outcome, long reference, long granted) {
    }
}
