package se.ebba.casefile.domain;

public enum AssignmentMethod {
    TEAM_LEAD("Fördelat av arbetsledare"),
    BY_BIRTH_DAY("Fördelat enligt födelsedatumprincipen");

    private final String text;

    AssignmentMethod(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
