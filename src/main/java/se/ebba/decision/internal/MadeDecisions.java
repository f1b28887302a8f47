package se.ebba.decision.internal;

import java.util.Optional;
import java.util.UUID;
import se.ebba.decision.domain.Decision;

/** Decisions with their items and refused parts. Appended, never changed: a changed decision replaces one. */
public interface MadeDecisions {

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

    /** Every decision made in the case, replaced ones too. */
    java.util.List<Decision> decisionsOfCase(UUID caseId);

    /** Whether any decision has been made in the case. */
    boolean hasDecision(UUID caseId);

    /** Who made the decision (a user id; the system actor for an automatic grant). */
    Optional<UUID> decidedBy(UUID decisionId);
}
