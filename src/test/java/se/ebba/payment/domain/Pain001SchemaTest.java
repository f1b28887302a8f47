package se.ebba.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Pain001SchemaTest {

    @Test
    void aFileWithBankAccountAndBankgiroPaymentsIsValidAgainstTheOfficialSchema() {
        byte[] file = Pain001Writer.write(PaymentRunFixtures.rentAndLivingCosts());

        assertThat(Pain001Schema.problems(file)).isEmpty();
    }

    @Test
    void aRunMadeOnTheFullMinuteStillWritesItsSecondsAndIsValid() {
        byte[] file = Pain001Writer.write(PaymentRunFixtures.rentAndLivingCosts(java.time.Instant.parse("2026-11-23T10:15:00Z")));

        assertThat(new String(file, StandardCharsets.UTF_8)).contains("<CreDtTm>2026-11-23T11:15:00</CreDtTm>");
        assertThat(Pain001Schema.problems(file)).isEmpty();
    }

    @Test
    void theSchemaRefusesAFileThatBreaksIt() {
        String valid = new String(Pain001Writer.write(PaymentRunFixtures.rentAndLivingCosts()), StandardCharsets.UTF_8);
        String withoutDate = valid.replaceAll("<ReqdExctnDt>[^<]*</ReqdExctnDt>", "");
        String badCurrency = valid.replace("Ccy=\"SEK\"", "Ccy=\"kronor\"");

        assertThat(Pain001Schema.problems(withoutDate.getBytes(StandardCharsets.UTF_8))).isNotEmpty();
        assertThat(Pain001Schema.problems(badCurrency.getBytes(StandardCharsets.UTF_8))).isNotEmpty();
    }

    @Test
    void theShippedSchemaIsTheUnmodifiedIso20022One() throws Exception {
        try (var xsd = Pain001Schema.class.getResourceAsStream(Pain001Schema.RESOURCE)) {
            byte[] bytes = xsd.readAllBytes();
            assertThat(se.ebba.shared.Sha256.hex(bytes)).isEqualTo("87bd9b06f7f74128764d304af60f96f0d5583c92031113a892048272c8934d14");
        }
    }
}
