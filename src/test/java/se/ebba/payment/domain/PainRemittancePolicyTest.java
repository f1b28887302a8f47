package se.ebba.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ebba.payment.domain.PaymentRunFixtures.UNIT;
import static se.ebba.payment.domain.PaymentRunFixtures.debtor;
import static se.ebba.payment.domain.PaymentRunFixtures.document;
import static se.ebba.payment.domain.PaymentRunFixtures.toBankAccount;
import static se.ebba.payment.domain.PaymentRunFixtures.toBankgiro;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PainRemittancePolicyTest {

    @Test
    void aFileOfNamesAccountsAmountsAndRandomReferencesIsClean() {
        assertThat(PainRemittancePolicy.check(PaymentRunFixtures.rentAndLivingCosts())).isInstanceOf(PainRemittancePolicy.Clean.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Socialtjänsten Östermalm", "Ekonomiskt bistånd Bromma", "FÖRSÖRJNINGSSTÖD", "Socialnämnden",
            "Socialforvaltningen", "Bistand utbetalning"})
    void aPayerNameThatTellsTheRecipientsBankAboutAssistanceIsRefused(String payer) {
        Pain001Document file = document(List.of(toBankAccount(UNIT, 100, "Anna Demo", "REF12345A")), Map.of(UNIT, debtor(UNIT, payer)));

        assertThat(PainRemittancePolicy.check(file)).isInstanceOfSatisfying(PainRemittancePolicy.Leaks.class,
                leaks -> assertThat(leaks.reasons()).anyMatch(r -> r.contains("bistånd")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"198805039826", "8805039826", "880503-9826", "19880503-9826", "880563-9823"})
    void aPersonnummerAnywhereInTheTextsIsRefused(String personalNumber) {
        Pain001Document inName = document(List.of(toBankAccount(UNIT, 100, "Tindra " + personalNumber, "REF12345A")),
                Map.of(UNIT, debtor(UNIT, "Ebba demokommun")));

        assertThat(PainRemittancePolicy.check(inName)).isInstanceOfSatisfying(PainRemittancePolicy.Leaks.class,
                leaks -> assertThat(leaks.reasons()).containsExactly("Betalfilen skulle innehålla ett personnummer."));
    }

    @Test
    void aReferenceThatIsNotARandomCodeIsRefusedAsARemittanceText() {
        Pain001Document reason = document(List.of(toBankgiro(UNIT, 100, "Hyresvärd Demo AB", "Hyra november")),
                Map.of(UNIT, debtor(UNIT, "Ebba demokommun")));

        assertThat(PainRemittancePolicy.check(reason)).isInstanceOfSatisfying(PainRemittancePolicy.Leaks.class,
                leaks -> assertThat(leaks.reasons()).contains("Meddelandet till mottagaren får bara vara utbetalningens slumpade referens."));
    }

    @Test
    void aNumberThatIsNotAValidPersonnummerIsNoLeak() {
        assertThat(PainRemittancePolicy.containsPersonalNumber("8805039823")).as("wrong check digit").isFalse();
        assertThat(PainRemittancePolicy.containsPersonalNumber("8813039826")).as("month 13").isFalse();
        assertThat(PainRemittancePolicy.containsPersonalNumber("8805039826")).isTrue();
        assertThat(PainRemittancePolicy.containsPersonalNumber("880563-9823")).as("a samordningsnummer").isTrue();
    }

    @Test
    void theWrittenFileOfACleanDocumentMentionsNoAssistance() {
        String xml = Pain001Writer.asText(Pain001Writer.write(PaymentRunFixtures.rentAndLivingCosts()));

        assertThat(PainRemittancePolicy.mentionsAssistance(xml)).isFalse();
        assertThat(PainRemittancePolicy.containsPersonalNumber(xml)).isFalse();
    }
}
