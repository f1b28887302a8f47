package se.ebba.investigation.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Fixtures: the headings of part 2 as V12 loads them, and texts for them. */
final class Headings {

    private Headings() {
    }

    static List<Heading> partTwo() {
        return List.of(
                new Heading("FAMILY_SITUATION", "Familjesituation", "…", HeadingKind.GENERAL, 1),
                new Heading("CHILDREN", "Barnens situation", "…", HeadingKind.CHILDREN, 2),
                new Heading("HOUSING", "Bostad", "…", HeadingKind.GENERAL, 3),
                new Heading("ECONOMY", "Ekonomi", "…", HeadingKind.GENERAL, 4),
                new Heading("WORK", "Arbete/sysselsättning", "…", HeadingKind.GENERAL, 5),
                new Heading("HEALTH", "Hälsa", "…", HeadingKind.GENERAL, 6),
                new Heading("SOCIAL_NETWORK", "Social situation/nätverk", "…", HeadingKind.GENERAL, 7),
                new Heading("EARLIER_ATTEMPTS", "Tidigare lösningsförsök", "…", HeadingKind.GENERAL, 8),
                new Heading("GOALS", "Mål", "…", HeadingKind.GENERAL, 9),
                new Heading("ANALYSIS", "Analys", "…", HeadingKind.ANALYSIS, 10),
                new Heading("ASSESSMENT", "Bedömning", "…", HeadingKind.GENERAL, 11));
    }

    /** A text under every heading. */
    static Map<String, String> allWritten() {
        Map<String, String> texts = new LinkedHashMap<>();
        partTwo().forEach(h -> texts.put(h.code(), "Beskrivet under " + h.title() + "."));
        return texts;
    }

    static Map<String, String> allWrittenBut(String... codes) {
        Map<String, String> texts = allWritten();
        for (String code : codes) {
            texts.remove(code);
        }
        return texts;
    }
}
