package se.ebba.appeal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.ebba.decision.letter.DecisionLetter;
import se.ebba.support.EbbaIntegrationTest;

@EbbaIntegrationTest
class RenderedLettersIT {

    @Autowired
    RenderedLetters letters;

    private static DecisionLetter letter(String reasons) {
        return new DecisionLetter("Socialnämnden", "Östermalm", "EB-2026-0001", LocalDate.of(2026, 11, 2), "Tindra Andersson",
                List.of("Testgatan 1", "111 11 Stockholm"), "Beslut om ekonomiskt bistånd", "Försörjningsstöd för december 2026",
                List.of(new DecisionLetter.Item("Försörjningsstöd", 9_800, "Beviljas delvis", 7_630)), null, reasons, null,
                List.of("12 kap. 1 § socialtjänstlagen (2025:400)"), "Handläggare Demo", "Socialsekreterare", "3.1", true,
                List.of("Skriv till förvaltningsrätten."), false);
    }

    @Test
    void theLetterIsRenderedFromTheFragmentWithEveryValueEscaped() {
        String html = letters.html(letter("Hyran är över <b>taket</b> & skälig nivå."));

        assertThat(html).startsWith("<article").contains("class=\"card letter\"")
                .contains("Hyran är över &lt;b&gt;taket&lt;/b&gt; &amp; skälig nivå.")
                .doesNotContain("<b>taket</b>")
                .contains("7\u00a0630 kr").contains("Hur du överklagar").contains("Testgatan 1");
    }

    @Test
    void aLetterWhoseContentChangedIsRenderedAnew() {
        String first = letters.html(letter("Första skälen."));
        String again = letters.html(letter("Första skälen."));
        String changed = letters.html(letter("Ändrade skäl."));

        assertThat(again).isSameAs(first);
        assertThat(changed).contains("Ändrade skäl.").doesNotContain("Första skälen.");
    }
}
