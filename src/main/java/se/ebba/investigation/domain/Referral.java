package se.ebba.investigation.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import se.ebba.casefile.domain.AssignmentMethod;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.domain.UnitId;
import se.ebba.identity.domain.UserId;

/**
 * A referral of a case from intake to the ongoing team, resting on a complete version of the
 * grundutredning. It waits in the team lead's queue until the team lead has reviewed it and
 * assigned the case.
 */
public record Referral(ReferralId id, CaseId caseId, UnitId unit, String caseNumber, Instant referredAt, UserId referredBy,
                       String referredByName, BasicInvestigationId investigation, int investigationVersion, String note, Review review) {

    public static final int MAX_NOTE = 2_000;

    public Referral {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(unit, "unit");
    }

    /** The team lead's review: who got the case and how. */
    public record Review(Instant at, UserId by, String byName, UserId caseworker, AssignmentMethod method) {
    }

    public static Referral make(CaseId caseId, UnitId unit, String caseNumber, ReferralPolicy.Allowed allowed, String note, UserId by,
                                String byName, Instant at) {
        String kept = note == null || note.isBlank() ? null : note.strip();
        if (kept != null && kept.length() > MAX_NOTE) {
            throw new se.ebba.shared.InvalidInputException("note", "Kommentaren får vara högst " + MAX_NOTE + " tecken.");
        }
        return new Referral(ReferralId.random(), caseId, unit, caseNumber, at, by, byName, allowed.investigation(),
                allowed.investigationVersion(), kept, null);
    }

    public boolean awaitsReview() {
        return review == null;
    }

    public Optional<Review> reviewed() {
        return Optional.ofNullable(review);
    }

    /** The team lead has reviewed the referral and the case has its caseworker. */
    public Referral reviewedBy(UserId teamLead, String name, UserId caseworker, AssignmentMethod method, Instant at) {
        if (review != null) {
            throw new se.ebba.shared.ConcurrentEditException("Remitteringen är redan granskad och fördelad.");
        }
        return new Referral(id, caseId, unit, caseNumber, referredAt, referredBy, referredByName, investigation, investigationVersion, note,
                new Review(at, teamLead, name, caseworker, method));
    }
}
