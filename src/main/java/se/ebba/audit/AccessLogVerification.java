package se.ebba.audit;

import java.util.Optional;

/**
 * The result of checking the access log's hash chain (docs/security.md).
 *
 * @param sealsChecked how many seals (access-log rows) were recomputed
 * @param headPosition the position of the newest seal (0 when nothing is sealed yet)
 * @param headHash     its hash: note it down outside Ebba to notice a rewritten tail later
 * @param firstBreak   the first broken link, empty when the chain is intact
 */
public record AccessLogVerification(long sealsChecked, long headPosition, String headHash, Optional<Break> firstBreak) {

    public boolean intact() {
        return firstBreak.isEmpty();
    }

    /**
     * @param position    the seal's position in the chain; empty for a row that has no seal
     * @param accessLogId the id of the access-log row
     */
    public record Break(Problem problem, Optional<Long> position, long accessLogId) {
    }

    public enum Problem {
        SEAL_MISSING("Ett sigill saknas i kedjan: det har tagits bort"),
        ROW_MISSING("Raden har tagits bort ur loggen"),
        ROW_CHANGED("Raden eller dess sigill har ändrats efter att den loggades"),
        NOT_SEALED("Raden har inget sigill fast den loggades för mer än en minut sedan");

        private final String text;

        Problem(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }
}
