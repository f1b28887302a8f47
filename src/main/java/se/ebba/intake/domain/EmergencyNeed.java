package se.ebba.intake.domain;

/** What an emergency assessment (nödprövning) is about: food money or a place to sleep now. */
public enum EmergencyNeed {
    FOOD_MONEY("Matpengar"),
    TEMPORARY_ACCOMMODATION("Tillfälligt boende");

    private final String text;

    EmergencyNeed(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
