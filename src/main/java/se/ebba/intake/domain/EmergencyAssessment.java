package se.ebba.intake.domain;

import java.time.Instant;
import java.util.UUID;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.domain.UserId;

/**
 * An emergency assessment (nödprövning) made at intake: the need, the person's situation and the
 * checklist for families with children, and the decision it led to. The decision itself is an
 * ordinary decision on an application of the case (letter and appeal instructions included), made
 * by the person named here, who held the delegation for emergency assistance.
 */
public record EmergencyAssessment(UUID id, ContactId contact, EmergencyNeed need, String situation, EmergencyChecklist checklist,
                                  CaseId caseId, UUID applicationId, UUID decisionId, Instant assessedAt, UserId assessedBy) {
}
