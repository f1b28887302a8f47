package se.ebba.monthly.domain;

/**
 * What a month's proposal can be flagged for: each is something a person must look at before
 * deciding, so a flagged proposal is never granted automatically. Each kind has one source (a small
 * class in {@code se.ebba.monthly} implementing {@code ProposalFlagSource}).
 */
public enum ProposalFlagKind {
    UNACCOUNTED_DEPOSIT("Insättning som inte förklaras",
            "En insättning på hushållets konto motsvaras inte av någon uppgiven inkomst. Utred vad den är innan beslutet."),
    COST_ABOVE_CAP("Kostnad över enhetens tak",
            "En kostnad är högre än vad enheten godtar som skäligt. Överskjutande del är ett delavslag som behöver motiveras."),
    MISSED_ACTIVITY("Utebliven aktivitet",
            "Sökanden har uteblivit från en aktivitet i förändringsplanen utan godtagbart skäl. Bedöm om 12 kap. 5 § SoL är aktuell."),
    LATE_APPLICATION("Sen ansökan",
            "Ansökan kom in efter enhetens ansökningsperiod."),
    CONTROL_DUE("Kontroll i årshjulet",
            "En återkommande kontroll i enhetens årshjul ska göras för hushållet denna månad.");

    private final String title;
    private final String explanation;

    ProposalFlagKind(String title, String explanation) {
        this.title = title;
        this.explanation = explanation;
    }

    public String title() {
        return title;
    }

    /** What the flag means and what to do about it, in Swedish. */
    public String explanation() {
        return explanation;
    }
}
