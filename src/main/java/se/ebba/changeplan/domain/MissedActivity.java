package se.ebba.changeplan.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An agreed activity the applicant did not attend, the applicant's explanation, and whether the
 * caseworker considers it a valid reason. It is the basis for a decision under SoL 12 kap. 5 §
 * (4 kap. 5 § in SoL 2001:453), not the decision: a person decides that in the decision module.
 */
public record MissedActivity(UUID id, LocalDate missedOn, String interventionCode, String explanation, Assessment assessment,
                             String assessmentNote, PlanAuthor recordedBy, Instant recordedAt) implements PlanPart {

    public enum Assessment {
        VALID_REASON("Godtagbart skäl"),
        NO_VALID_REASON("Inte godtagbart skäl");

        private final String text;

        Assessment(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }
}
