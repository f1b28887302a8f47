package se.ebba.casefile.domain;

/** A person's place in the household that applies together. */
public enum HouseholdRole {
    APPLICANT("Sökande"),
    CO_APPLICANT("Medsökande (make/maka/sambo)"),
    CHILD("Barn"),
    OTHER_ADULT("Annan vuxen i hushållet");

    private final String text;

    HouseholdRole(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
