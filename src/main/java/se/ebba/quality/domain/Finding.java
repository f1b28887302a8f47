package se.ebba.quality.domain;

import java.util.Objects;

/**
 * One criterion evaluated on one case: the outcome, the reason in Swedish, and where in the case the
 * caseworker fixes what is missing.
 *
 * @param where the part of the case to open ({@link CasePart})
 */
public record Finding(AuditCriterion criterion, AuditOutcome outcome, String reason, CasePart where) {

    public Finding {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(where, "where");
    }

    public boolean gap() {
        return outcome == AuditOutcome.NOT_MET;
    }

    /** The part of a case where a criterion is fixed; the web layer turns it into a link. */
    public enum CasePart {
        INVESTIGATION,
        CHANGE_PLAN,
        APPLICATIONS
    }
}
