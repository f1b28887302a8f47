package se.ebba.monthly.domain;

import java.time.Instant;
import java.util.UUID;

/** What became of a month's proposal; {@code decisionId} is null when it was sent to the caseworker. */
public record ProposalOutcome(Kind kind, UUID decisionId, String byName, Instant at) {

    public enum Kind {
        DECIDED("Beslutat"),
        SENT_TO_CASEWORKER("Skickat till handläggaren"),
        GRANTED_AUTOMATICALLY("Beviljat automatiskt");

        private final String text;

        Kind(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }
}
