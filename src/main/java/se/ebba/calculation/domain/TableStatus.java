package se.ebba.calculation.domain;

/** How sure a yearly table is (RULES.md §2): shown wherever a calculation that uses it is shown. */
public enum TableStatus {
    OFFICIAL("Officiell"),
    SECONDARY("Sekundär källa"),
    PROVISIONAL("Preliminär");

    private final String text;

    private final String lowerCaseText;

    TableStatus(String text) {
        this.text = text;
        this.lowerCaseText = text.toLowerCase(java.util.Locale.ROOT);
    }

    public String text() {
        return text;
    }

    public String lowerCaseText() {
        return lowerCaseText;
    }
}
