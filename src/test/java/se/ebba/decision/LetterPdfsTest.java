package se.ebba.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.ebba.decision.letter.DecisionLetter;
import se.ebba.decision.letter.DecisionLetterPdf;
import se.ebba.decision.letter.ProtectedMail;

/** Letters drawn once and kept: never another letter's PDF, always what a fresh drawing would print. */
class LetterPdfsTest {

    final LetterPdfs pdfs = new LetterPdfs();

    @AfterEach
    void stop() {
        pdfs.destroy();
    }

    static DecisionLetter letter(String recipient, List<String> address, boolean protectedRecipient, String contactPerson) {
        return new DecisionLetter("Socialnämnden", "Försörjningsstöd, enhet Norr", "EB-2026-000042", LocalDate.of(2026, 6, 3),
                recipient, address, "Beslut om ekonomiskt bistånd", "Ansökan om ekonomiskt bistånd för juni 2026.",
                List.of(new DecisionLetter.Item("Försörjningsstöd", 12_345, "Beviljas", 12_345)),
                new DecisionLetter.Calculation("juni 2026", "Riksnormen 2026 (fastställd)",
                        List.of(new DecisionLetter.Line("Personliga kostnader", 3_380), new DecisionLetter.Line("Boende", 8_965)),
                        12_345, 0, 12_345, List.of()),
                "Du beviljas det du har ansökt om.", null, List.of("4 kap. 1 § socialtjänstlagen (2001:453)"), "Handläggare Exempelsson",
                "Socialsekreterare", "Beslutet är fattat på delegation från socialnämnden.", false, List.of(), false,
                List.of("Box 1", "123 45 Exempelby", "Kontaktperson: " + contactPerson), List.of("Du beviljas försörjningsstöd med 12 345 kr."),
                List.of(), protectedRecipient);
    }

    static DecisionLetter atHome(String street) {
        return letter("Testa Testsson", List.of(street, "123 45 Exempelby"), false, "Mottagningen");
    }

    @Test
    void aKeptLetterReadsExactlyAsAFreshlyDrawnOneAndIsDrawnOnlyOnce() throws IOException {
        DecisionLetter letter = atHome("Påhittade gatan 12");

        byte[] first = pdfs.pdf(letter);
        byte[] again = pdfs.pdf(atHome("Påhittade gatan 12"));

        assertThat(again).as("the same letter content is served from what was kept").isSameAs(first);
        assertThat(text(again)).isEqualTo(text(DecisionLetterPdf.render(letter))).contains("Påhittade gatan 12");
    }

    @Test
    void aLetterWhoseAddressChangedIsDrawnAnewWithTheNewAddress() throws IOException {
        byte[] before = pdfs.pdf(atHome("Påhittade gatan 12"));

        byte[] after = pdfs.pdf(atHome("Nya vägen 3"));

        assertThat(after).isNotSameAs(before);
        assertThat(text(after)).contains("Nya vägen 3").doesNotContain("Påhittade gatan 12");
    }

    @Test
    void theLetterOfAProtectedPersonIsNeverTheOneThatPrintsAnAddress() throws IOException {
        pdfs.pdf(atHome("Påhittade gatan 12"));

        String forwarded = text(pdfs.pdf(letter("Testa Testsson", ProtectedMail.RECIPIENT_LINES, true, "Mottagningen")));

        assertThat(forwarded).contains("Förmedlas av Skatteverket (skyddade personuppgifter)").doesNotContain("Påhittade gatan 12");
    }

    @Test
    void changedUnitContactDetailsGiveANewLetter() throws IOException {
        pdfs.pdf(letter("Testa Testsson", List.of("Påhittade gatan 12"), false, "Mottagningen"));

        assertThat(text(pdfs.pdf(letter("Testa Testsson", List.of("Påhittade gatan 12"), false, "Kim Kontakt"))))
                .contains("Kontaktperson: Kim Kontakt").doesNotContain("Kontaktperson: Mottagningen");
    }

    @Test
    void aLetterPreparedInTheBackgroundIsTheOneTheDownloadGets() throws Exception {
        DecisionLetter letter = atHome("Påhittade gatan 12");

        pdfs.prepare(letter);
        byte[] downloaded = pdfs.pdf(letter);

        assertThat(pdfs.pdf(letter)).isSameAs(downloaded);
        assertThat(pdfs.size()).isEqualTo(1);
        assertThat(text(downloaded)).isEqualTo(text(DecisionLetterPdf.render(letter)));
    }

    @Test
    void aDownloadBeforeTheBackgroundHasStartedDrawsTheLetterOnceAndTheBackgroundLeavesIt() throws Exception {
        DecisionLetter letter = atHome("Påhittade gatan 12");

        pdfs.prepare(letter);
        byte[] downloaded = pdfs.pdf(letter);
        Thread.sleep(LetterPdfs.START_AFTER.toMillis() * 2);

        assertThat(pdfs.pdf(letter)).isSameAs(downloaded);
        assertThat(pdfs.size()).isEqualTo(1);
    }

    @Test
    void atMostABoundedNumberOfLettersIsKept() {
        for (int i = 0; i <= LetterPdfs.MAX_LETTERS; i++) {
            pdfs.prepare(atHome("Gatan " + i));
        }
        pdfs.pdf(atHome("Sista gatan 1"));

        assertThat(pdfs.size()).isLessThanOrEqualTo(LetterPdfs.MAX_LETTERS);
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        }
    }
}
