package se.ebba.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import se.ebba.identity.PersonView;
import se.ebba.identity.ProtectedMail;
import se.ebba.identity.domain.PersonId;

/** Renders summonses with fictitious data and reads their text back with PDFBox. */
class SummonsLetterPdfTest {

    static final String STREET = "Påhittade gatan 12";

    static SummonsLetter letter(String recipientName, List<String> address, boolean protectedRecipient) {
        return new SummonsLetter("Socialnämnden", "Exempelby norr", "EB-2026-000042", LocalDate.of(2026, 11, 23), recipientName, address,
                protectedRecipient, LocalDateTime.of(2026, 12, 1, 10, 0), "Mottagningen, Exempelvägen 3, rum 12", "Karin Exempelsson",
                List.of("Kontoutdrag för alla dina konton", "Din senaste deklaration med specifikation"),
                List.of("Box 1", "123 45 Exempelby", "Telefon 08-000 00 00"), "08-000 00 00", false);
    }

    @Test
    void theSummonsSaysWhenWhereWhomToMeetAndWhatToBring() throws IOException {
        String text = text(letter("Testa Testsson", List.of(STREET, "123 45 Exempelby"), false));

        assertThat(text).contains("Kallelse till besök", "EB-2026-000042", "Testa Testsson", STREET,
                "Tid: tisdag 1 december 2026 kl. 10.00", "Plats: Mottagningen, Exempelvägen 3, rum 12", "Du träffar: Karin Exempelsson",
                "Ta med dig", "Kontoutdrag för alla dina konton", "Din senaste deklaration med specifikation",
                "Ring oss på 08-000 00 00");
        assertThat(text.indexOf("Tid och plats")).isLessThan(text.indexOf("Ta med dig"));
    }

    @Test
    void aProtectedApplicantsSummonsGoesThroughSkatteverketAndNeverPrintsTheAddress() throws IOException {
        String text = text(letter("Skyddad Person", ProtectedMail.RECIPIENT_LINES, true));

        assertThat(text).contains("Skyddad Person", "Förmedlas av Skatteverket (skyddade personuppgifter)", "Box 2820", "403 20 Göteborg");
        assertThat(text).doesNotContain(STREET, "Hemlig");
    }

    @Test
    void theRecipientOfAProtectedApplicantIsTheForwardingRouteEvenForAViewerWhoSeesTheAddress() throws IOException {
        PersonView seenWithTheRight = new PersonView(new PersonId(UUID.randomUUID()), "199207099881", "Skyddad", "Person",
                LocalDate.of(1992, 7, 9), true, "Hemlig gata 1, 100 00 Stockholm", false);
        PersonView ordinary = new PersonView(new PersonId(UUID.randomUUID()), "198805039821", "Testa", "Testsson",
                LocalDate.of(1988, 5, 3), false, STREET + ", 123 45 Exempelby", false);

        List<String> lines = Summonses.recipientLines(seenWithTheRight);
        assertThat(lines).isEqualTo(ProtectedMail.RECIPIENT_LINES);
        assertThat(text(letter("Skyddad Person", lines, true))).doesNotContain("Hemlig gata", "100 00 Stockholm");
        assertThat(Summonses.recipientLines(ordinary)).containsExactly(STREET, "123 45 Exempelby");
    }

    static String text(SummonsLetter letter) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(SummonsLetterPdf.render(letter))) {
            return new PDFTextStripper().getText(pdf);
        }
    }
}
