package se.ebba.recovery.domain;

import se.ebba.calculation.domain.LegalSubject;

/**
 * The grounds on which assistance may be recovered (SoL 33 kap. 1 and 2 §§; 2001:453: 9 kap. 1 and
 * 2 §§). The grounds of 2 § need a grant decision that said so in writing.
 */
public enum RecoveryGround {
    WRONG_INFORMATION("Sökanden lämnade oriktiga uppgifter", LegalSubject.RECOVERY_WRONG_INFORMATION),
    DID_NOT_REPORT_CHANGE("Sökanden anmälde inte ändrade förhållanden", LegalSubject.RECOVERY_WRONG_INFORMATION),
    SHOULD_HAVE_UNDERSTOOD("Sökanden borde skäligen ha insett att utbetalningen var felaktig", LegalSubject.RECOVERY_WRONG_INFORMATION),
    ADVANCE_ON_BENEFIT("Biståndet gavs som förskott på en förmån", LegalSubject.RECOVERY_CONDITIONAL_GRANT),
    LABOUR_DISPUTE("Biståndet gavs under en arbetskonflikt", LegalSubject.RECOVERY_CONDITIONAL_GRANT),
    TEMPORARY_LACK_OF_MEANS("Biståndet gavs när sökanden tillfälligt saknade tillgång till sina tillgångar", LegalSubject.RECOVERY_CONDITIONAL_GRANT);

    private final String text;
    private final LegalSubject paragraph;

    RecoveryGround(String text, LegalSubject paragraph) {
        this.text = text;
        this.paragraph = paragraph;
    }

    public String text() {
        return text;
    }

    /** The paragraph of the recovery chapter the ground stands on, for the legal-basis table. */
    public LegalSubject paragraph() {
        return paragraph;
    }

    /** A ground of 33 kap. 2 §: only if the grant decision said in writing that the assistance may be recovered. */
    public boolean needsWrittenCondition() {
        return paragraph == LegalSubject.RECOVERY_CONDITIONAL_GRANT;
    }
}
