package se.ebba.calculation.domain;

/** How sure a yearly table is (RULES.md §2): shown wherever a calculation that uses it is shown. */
public enum TableStatus {
    OFFICIAL("Officiell"),
    SECONDARY("Sekundär källa"),
    PROVISIONAL("Preliminär");

    private final String text;

    TableStatus(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
