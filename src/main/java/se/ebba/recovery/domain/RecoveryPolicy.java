package se.ebba.recovery.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.ebba.calculation.domain.LegalSubject;

/**
 * Whether a recovery decision may be made (SoL 33 kap. 1–2 §§, RULES.md §8): the applicant gave
 * wrong information, failed to report a change or should reasonably have understood that the
 * payment was wrong (1 §); or the assistance was an advance on a benefit, given during a labour
 * dispute or for a temporary lack of access to one's own money, and the grant decision said in
 * writing that it could be recovered (2 §). The unit's own error alone is not recoverable.
 * Paragraphs are cited from the legal-basis table of the law in force on the decision date.
 */
public final class RecoveryPolicy {

    private RecoveryPolicy() {
    }

    /** The outcome of the check: a decision may be made on a ground, or not, with the reasons in Swedish. */
    public sealed interface Assessment {

        record Recoverable(RecoveryGround ground, LegalSubject paragraph) implements Assessment {
        }

        record NotRecoverable(List<String> reasons) implements Assessment {
        }
    }

    /**
     * @param grantDecision the grant decision that said in writing that the assistance may be recovered (33 kap. 2 §)
     * @param law           the legal-basis table of the law in force on the decision date
     */
    public static Assessment assess(PaymentCause cause, RecoveryGround ground, Optional<String> grantDecision, Map<LegalSubject, String> law) {
        String first = law.get(LegalSubject.RECOVERY_WRONG_INFORMATION);
        String second = law.get(LegalSubject.RECOVERY_CONDITIONAL_GRANT);
        String unitError = "Utbetalningen beror på enhetens eget fel. Ett fel som enheten själv har gjort kan inte återkrävas, om inte sökanden "
                + "skäligen borde ha insett att utbetalningen var felaktig (" + first + ") eller beslutet om bistånd skriftligen angav att "
                + "biståndet kan återkrävas (" + second + ").";
        if (ground == null) {
            return new Assessment.NotRecoverable(List.of(cause == PaymentCause.UNIT_ERROR ? unitError
                    : "Ange på vilken grund biståndet återkrävs (" + first + " eller " + second + ")."));
        }
        if (cause == PaymentCause.UNIT_ERROR && (ground == RecoveryGround.WRONG_INFORMATION || ground == RecoveryGround.DID_NOT_REPORT_CHANGE)) {
            return new Assessment.NotRecoverable(List.of("Den felaktiga utbetalningen är registrerad som enhetens fel, inte som sökandens "
                    + "oriktiga eller utelämnade uppgifter. " + unitError));
        }
        if (ground.needsWrittenCondition() && grantDecision.map(String::isBlank).orElse(true)) {
            return new Assessment.NotRecoverable(List.of("Återkrav enligt " + second + " får bara beslutas om beslutet om bistånd skriftligen "
                    + "angav att biståndet kan återkrävas. Ange det beslutet (beslutsdatum och vad det gällde)."));
        }
        return new Assessment.Recoverable(ground, ground.paragraph());
    }
}
