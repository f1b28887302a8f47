package se.ebba.decision.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Renders letters with fictitious data and reads their text back with PDFBox. */
class DecisionLetterPdfTest {

    static final String STREET = "Påhittade gatan 12";

    @Test
    void aPartialGrantLetterShowsItemsCalculationReasonsLawDeciderAndHowToAppeal() throws IOException {
        String text = text(partialGrant());

        assertThat(text).contains("Socialnämnden i Exempelby", "Försörjningsstöd, enhet Norr",
                "Ärendenummer", "EB-2026-00042", "Beslutsdatum", "2026-06-03",
                "Testa Testsson", STREET, "123 45 Exempelby",
                "Beslut om ekonomiskt bistånd", "Ansökan", "Du ansökte den 28 maj 2026 om bistånd för juni 2026.");
        assertThat(text).contains("Vad du ansökte om", "Belopp du ansökte om", "Beviljat belopp",
                "Försörjningsstöd", "12 345 kr", "Beviljas delvis", "10 000 kr",
                "Glasögon", "1 800 kr", "Avslås", "0 kr");
        assertThat(text).contains("Beräkning", "Månad: juni 2026", "Riksnorm 2026",
                "Personliga kostnader", "3 380 kr", "Boende", "7 450 kr",
                "Behov", "15 830 kr", "Inkomster som räknas", "5 830 kr", "Resultat", "10 000 kr",
                "Boendekostnaden är högre än kommunens riktlinje.");
        assertThat(text).contains("Skäl för beslutet", "Lagrum", "4 kap. 1 § socialtjänstlagen (2001:453)",
                "Beslutsfattare", "Handläggare Exempelsson", "Socialsekreterare",
                "Beslutet är fattat på delegation från socialnämnden.",
                "Hur du överklagar", "Skriv till förvaltningsrätten.", "Skicka skrivelsen till oss inom tre veckor.");
        assertThat(text).doesNotContain("UTKAST", "Insats som inte fullföljts");
        assertThat(text.indexOf("Ansökan")).isLessThan(text.indexOf("Vad du ansökte om"));
        assertThat(text.indexOf("Skäl för beslutet")).isLessThan(text.indexOf("Lagrum"));
        assertThat(text.indexOf("Beslutsfattare")).isLessThan(text.indexOf("Hur du överklagar"));
    }

    @Test
    void reasonsKeepTheirLineBreaks() throws IOException {
        String text = text(partialGrant());

        assertThat(text).contains("Din ansökan om glasögon avslås.\nDu har inte visat ett intyg från optiker.");
    }

    @Test
    void anActivityThatWasNotCompletedIsShownWithTheExplanationAndAssessment() throws IOException {
        DecisionLetter letter = with(partialGrant(), new DecisionLetter.Activity("Praktik på Exempelverkstaden",
                "4, 5 och 11 maj 2026", "Jag var sjuk.", "Du har inte visat att du var sjuk."));

        assertThat(text(letter)).contains("Insats som inte fullföljts", "Insats: Praktik på Exempelverkstaden",
                "Datum: 4, 5 och 11 maj 2026", "Din förklaring: Jag var sjuk.",
                "Vår bedömning: Du har inte visat att du var sjuk.");
    }

    @Test
    void aLetterToAPersonWithProtectedIdentityShowsNoAddress() throws IOException {
        assertThat(text(granted(List.of(STREET, "123 45 Exempelby")))).contains("Testa Testsson", STREET);

        assertThat(text(granted(List.of()))).contains("Testa Testsson").doesNotContain("Påhittade", "123 45");
    }

    @Test
    void theMetadataNamesTheCaseButNeverThePerson() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(DecisionLetterPdf.render(partialGrant()))) {
            PDDocumentInformation info = pdf.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Beslut EB-2026-00042");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("sv-SE");
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), offset(1f));
            assertThat(pdf.getPage(0).getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), offset(1f));
            for (String key : info.getMetadataKeys()) {
                assertThat(String.valueOf(info.getCustomMetadataValue(key))).doesNotContain("Testa", "Testsson");
            }
        }
    }

    @Test
    void aGrantedLetterHasNoAppealSection() throws IOException {
        String text = text(granted(List.of(STREET)));

        assertThat(text).contains("Beviljas", "Beslutsfattare").doesNotContain("Hur du överklagar", "förvaltningsrätten");
    }

    @Test
    void swedishLettersSurvive() throws IOException {
        DecisionLetter letter = new DecisionLetter("Socialnämnden i Åre-Östersjö", "Enhet Ängsö", "EB-2026-00007",
                LocalDate.of(2026, 1, 2), "Åsa Öberg-Ängström", List.of("Övre Älvgatan 3", "999 99 Smörsjö"),
                "Beslut om ekonomiskt bistånd", "Ansökan om bidrag till tandvård och café-besök.",
                List.of(new DecisionLetter.Item("Tandvård för barn – akut", 1_234_567, "Beviljas", 1_234_567)),
                null, "Å, ä, ö, é och ü: Ärendet är utrett.", null, List.of("4 kap. 1 § socialtjänstlagen (2001:453)"),
                "Łukasz Şahin", "Socialsekreterare", "", false, List.of(), false);

        assertThat(text(letter)).contains("Socialnämnden i Åre-Östersjö", "Enhet Ängsö", "Åsa Öberg-Ängström",
                "Övre Älvgatan 3", "999 99 Smörsjö", "café-besök", "Tandvård för barn – akut", "1 234 567 kr",
                "Å, ä, ö, é och ü: Ärendet är utrett.", "4 kap. 1 § socialtjänstlagen", "Łukasz Şahin");
    }

    @Test
    void aDraftIsMarkedAsNotADecision() throws IOException {
        DecisionLetter draft = asDraft(partialGrant());

        String text = text(draft);
        assertThat(text.strip()).startsWith("UTKAST – inte ett beslut");
        assertThat(text(partialGrant())).doesNotContain("UTKAST");
    }

    @Test
    void aRefusedPartOfAGrantedItemIsSaidWithItsReasonsAndLawAndTheUnitsContactDetailsAreInTheHeader() throws IOException {
        DecisionLetter l = partialGrant();
        DecisionLetter letter = new DecisionLetter(l.authority(), l.unitName(), l.caseNumber(), l.decisionDate(), l.recipientName(),
                l.recipientAddress(), l.subject(), l.applicationText(), l.items(), l.calculation(), l.reasons(), null, l.legalBasis(),
                l.deciderName(), l.deciderTitle(), l.delegationText(), true, l.appealInstructions(), false,
                List.of("Box 99001", "100 99 Exempelby", "Telefon 08-465 004 10", "Kontaktperson: Mottagningen"),
                List.of("Du beviljas försörjningsstöd för juni 2026 med 10 000 kr."),
                List.of(new DecisionLetter.RefusedPart("Du får avslag på 2 170 kr av din boendekostnad eftersom den är högre än vad som är skäligt.",
                        "Hyran är högre än taket.", "12 kap. 7 § socialtjänstlagen (2025:400)")), false);

        String text = text(letter);
        assertThat(text).contains("Box 99001", "100 99 Exempelby", "Telefon 08-465 004 10", "Kontaktperson: Mottagningen",
                "Du beviljas försörjningsstöd för juni 2026 med 10 000 kr.", "Du får avslag på 2 170 kr av din boendekostnad",
                "Skäl: Hyran är högre än taket.", "Lagrum: 12 kap. 7 § socialtjänstlagen (2025:400)", "Hur du överklagar");
        assertThat(text.indexOf("Du beviljas försörjningsstöd")).isLessThan(text.indexOf("Du får avslag på 2 170 kr"));
    }

    @Test
    void amountsAreWrittenTheSwedishWay() {
        assertThat(DecisionLetterPdf.kronor(0)).isEqualTo("0 kr");
        assertThat(DecisionLetterPdf.kronor(999)).isEqualTo("999 kr");
        assertThat(DecisionLetterPdf.kronor(12_345)).isEqualTo("12 345 kr");
        assertThat(DecisionLetterPdf.kronor(1_234_567)).isEqualTo("1 234 567 kr");
        assertThat(DecisionLetterPdf.kronor(-2_500)).isEqualTo("-2 500 kr");
    }

    // --- fictitious letters ---

    static DecisionLetter partialGrant() {
        return new DecisionLetter("Socialnämnden i Exempelby", "Försörjningsstöd, enhet Norr", "EB-2026-00042",
                LocalDate.of(2026, 6, 3), "Testa Testsson", List.of(STREET, "123 45 Exempelby"),
                "Beslut om ekonomiskt bistånd", "Du ansökte den 28 maj 2026 om bistånd för juni 2026.",
                List.of(new DecisionLetter.Item("Försörjningsstöd", 12_345, "Beviljas delvis", 10_000),
                        new DecisionLetter.Item("Glasögon", 1_800, "Avslås", 0)),
                new DecisionLetter.Calculation("juni 2026", "Riksnorm 2026",
                        List.of(new DecisionLetter.Line("Personliga kostnader", 3_380),
                                new DecisionLetter.Line("Gemensamma hushållskostnader", 1_200),
                                new DecisionLetter.Line("Boende", 7_450),
                                new DecisionLetter.Line("El", 3_800)),
                        15_830, 5_830, 10_000, List.of("Boendekostnaden är högre än kommunens riktlinje.")),
                "Din ansökan om glasögon avslås.\nDu har inte visat ett intyg från optiker.\n\n"
                        + "Försörjningsstödet beviljas med 10 000 kr.",
                null, List.of("4 kap. 1 § socialtjänstlagen (2001:453)", "4 kap. 3 § socialtjänstlagen (2001:453)"),
                "Handläggare Exempelsson", "Socialsekreterare", "Beslutet är fattat på delegation från socialnämnden.",
                true, List.of("Skriv till förvaltningsrätten.", "Skicka skrivelsen till oss inom tre veckor."), false);
    }

    static DecisionLetter granted(List<String> address) {
        return new DecisionLetter("Socialnämnden i Exempelby", "Försörjningsstöd, enhet Norr", "EB-2026-00043",
                LocalDate.of(2026, 6, 3), "Testa Testsson", address, "Beslut om ekonomiskt bistånd",
                "Du ansökte om försörjningsstöd för juni 2026.",
                List.of(new DecisionLetter.Item("Försörjningsstöd", 8_000, "Beviljas", 8_000)), null,
                "Du har rätt till bistånd för din försörjning.", null, List.of("4 kap. 1 § socialtjänstlagen (2001:453)"),
                "Handläggare Exempelsson", "Socialsekreterare", "", false, List.of(), false);
    }

    static DecisionLetter with(DecisionLetter l, DecisionLetter.Activity activity) {
        return new DecisionLetter(l.authority(), l.unitName(), l.caseNumber(), l.decisionDate(), l.recipientName(),
                l.recipientAddress(), l.subject(), l.applicationText(), l.items(), l.calculation(), l.reasons(),
                activity, l.legalBasis(), l.deciderName(), l.deciderTitle(), l.delegationText(), l.againstApplicant(),
                l.appealInstructions(), l.draft());
    }

    static DecisionLetter asDraft(DecisionLetter l) {
        return new DecisionLetter(l.authority(), l.unitName(), l.caseNumber(), l.decisionDate(), l.recipientName(),
                l.recipientAddress(), l.subject(), l.applicationText(), l.items(), l.calculation(), l.reasons(),
                l.activity(), l.legalBasis(), l.deciderName(), l.deciderTitle(), l.delegationText(), l.againstApplicant(),
                l.appealInstructions(), true);
    }

    // --- reading ---

    static String text(DecisionLetter letter) throws IOException {
        return text(DecisionLetterPdf.render(letter));
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true); // reading order, not the order tables draw their parts in
            return stripper.getText(document).replace("\r\n", "\n");
        }
    }
}
