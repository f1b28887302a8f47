package se.ebba.recovery.domain;

/** How an incorrect payment came to light. */
public enum DiscoveryMethod {
    AUTHORITY_CHECK("Kontroll med annan myndighet (Försäkringskassan, CSN, Skatteverket …)"),
    CONTROLS_CALENDAR("Kontroll i årshjulet"),
    TIP("Tips"),
    APPLICANT_TOLD("Sökanden berättade själv"),
    CASEWORKER_REVIEW("Handläggarens genomgång av ärendet"),
    OTHER("Annat sätt");

    private final String text;

    DiscoveryMethod(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
