package se.ebba.casefile.domain;

public enum AssignmentMethod {
    TEAM_LEAD("Fördelat av arbetsledare"),
    BY_BIRTH_DAY("Fördelat enligt födelsedatumprincipen"),
    /** A closed case reopened within the unit's return period goes back to its former caseworker (PROCESS.md §4). */
    RETURNED("Åter till tidigare handläggare");

    private final String text;

    AssignmentMethod(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
