package se.ebba.intake.domain;

/** What became of a booked first meeting (nybesök). */
public enum MeetingOutcomeKind {
    HELD("Genomfört"),
    CANCELLED("Inställt"),
    NO_SHOW("Sökanden kom inte");

    private final String text;

    MeetingOutcomeKind(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
