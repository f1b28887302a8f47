package se.ebba.monthly;

/** What a new month's form starts from, so that nothing is typed twice. */
public enum StartOrigin {
    PREVIOUS_APPLICATION("förra månadsansökan"),
    SAVED_CALCULATION("senast sparade beräkningen"),
    HOUSEHOLD("hushållet i ärendet");

    private final String text;

    StartOrigin(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
