package se.ebba.recovery.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.ebba.calculation.domain.LegalSubject;
import se.ebba.recovery.domain.RecoveryPolicy.Assessment;

class RecoveryPolicyTest {

    static final Map<LegalSubject, String> LAW_2025 = Map.of(
            LegalSubject.RECOVERY_WRONG_INFORMATION, "33 kap. 1 § socialtjänstlagen (2025:400)",
            LegalSubject.RECOVERY_CONDITIONAL_GRANT, "33 kap. 2 § socialtjänstlagen (2025:400)",
            LegalSubject.RECOVERY_WAIVER, "33 kap. 6 § socialtjänstlagen (2025:400)",
            LegalSubject.APPEAL, "35 kap. 1 § socialtjänstlagen (2025:400)");
    static final Map<LegalSubject, String> LAW_2001 = Map.of(
            LegalSubject.RECOVERY_WRONG_INFORMATION, "9 kap. 1 § socialtjänstlagen (2001:453)",
            LegalSubject.RECOVERY_CONDITIONAL_GRANT, "9 kap. 2 § socialtjänstlagen (2001:453)");

    @Test
    void wrongInformationFromTheApplicantIsRecoverableUnderTheFirstParagraph() {
        Assessment a = RecoveryPolicy.assess(PaymentCause.APPLICANT_WRONG_INFORMATION, RecoveryGround.WRONG_INFORMATION, Optional.empty(), LAW_2025);

        assertThat(a).isEqualTo(new Assessment.Recoverable(RecoveryGround.WRONG_INFORMATION, LegalSubject.RECOVERY_WRONG_INFORMATION));
    }

    @Test
    void theUnitsOwnErrorAloneIsNotRecoverableAndSaysSo() {
        Assessment a = RecoveryPolicy.assess(PaymentCause.UNIT_ERROR, null, Optional.empty(), LAW_2025);

        assertThat(a).isInstanceOfSatisfying(Assessment.NotRecoverable.class, no -> assertThat(no.reasons()).singleElement().asString()
                .contains("enhetens eget fel").contains("kan inte återkrävas").contains("33 kap. 1 § socialtjänstlagen (2025:400)"));
    }

    @Test
    void theUnitsErrorCannotBeRecoveredAsTheApplicantsWrongInformation() {
        assertThat(RecoveryPolicy.assess(PaymentCause.UNIT_ERROR, RecoveryGround.WRONG_INFORMATION, Optional.empty(), LAW_2025))
                .isInstanceOf(Assessment.NotRecoverable.class);
        assertThat(RecoveryPolicy.assess(PaymentCause.UNIT_ERROR, RecoveryGround.DID_NOT_REPORT_CHANGE, Optional.empty(), LAW_2025))
                .isInstanceOf(Assessment.NotRecoverable.class);
    }

    @Test
    void theUnitsErrorIsRecoverableWhenTheApplicantShouldReasonablyHaveUnderstood() {
        assertThat(RecoveryPolicy.assess(PaymentCause.UNIT_ERROR, RecoveryGround.SHOULD_HAVE_UNDERSTOOD, Optional.empty(), LAW_2025))
                .isInstanceOf(Assessment.Recoverable.class);
    }

    @Test
    void anAdvanceIsRecoverableOnlyWhenTheGrantDecisionSaidSoInWriting() {
        Assessment without = RecoveryPolicy.assess(PaymentCause.UNIT_ERROR, RecoveryGround.ADVANCE_ON_BENEFIT, Optional.of("  "), LAW_2025);
        Assessment with = RecoveryPolicy.assess(PaymentCause.UNIT_ERROR, RecoveryGround.ADVANCE_ON_BENEFIT,
                Optional.of("Beslut 2026-03-02 om förskott på sjukpenning"), LAW_2025);

        assertThat(without).isInstanceOfSatisfying(Assessment.NotRecoverable.class, no -> assertThat(no.reasons().getFirst())
                .contains("skriftligen").contains("33 kap. 2 §"));
        assertThat(with).isEqualTo(new Assessment.Recoverable(RecoveryGround.ADVANCE_ON_BENEFIT, LegalSubject.RECOVERY_CONDITIONAL_GRANT));
    }

    @Test
    void theReasonsCiteTheLawInForceOnTheDecisionDate() {
        Assessment a = RecoveryPolicy.assess(PaymentCause.APPLICANT_WRONG_INFORMATION, RecoveryGround.LABOUR_DISPUTE, Optional.empty(), LAW_2001);

        assertThat(a).isInstanceOfSatisfying(Assessment.NotRecoverable.class, no -> assertThat(no.reasons().getFirst())
                .contains("9 kap. 2 § socialtjänstlagen (2001:453)").doesNotContain("33 kap."));
    }
}
