package se.ebba.decision.domain;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import se.ebba.identity.domain.Role;

/** A decision proposed by someone whose delegation does not cover it, routed to the roles that have it. */
public record Proposal(UUID id, UUID applicationId, UUID caseId, UUID unitId, String caseNumber, String title, DecisionDraft draft,
                       Set<Role> routedTo, Instant proposedAt, String proposedByName) {
}
