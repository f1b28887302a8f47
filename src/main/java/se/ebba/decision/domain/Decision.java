package se.ebba.decision.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Beslut: the outcome per applied item, with reasons and the legal basis of the law in force on the
 * decision date, who decided under which delegation, and the calculation it rests on. Never changed
 * once made.
 */
public record Decision(UUID id, UUID applicationId, UUID caseId, LocalDate decisionDate, String lawCode, DecisionGround ground,
                       String reasons, List<String> legalBasis, UUID calculationId, boolean againstApplicant, long totalGranted,
                       String decidedByName, String decidedByTitle, String delegation, UUID proposalId,
                       DecisionDraft.ActivityRecord activity, Instant decidedAt, List<DecidedItem> items) {

    public Decision {
        legalBasis = List.copyOf(legalBasis);
        items = List.copyOf(items);
    }

    public record DecidedItem(UUID itemId, ItemKind kind, String description, Outcome outcome, long reference, long granted) {
    }
}
