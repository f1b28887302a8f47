package se.ebba.worklist.domain;

/** The deadlines of the process map (PROCESS.md §1–§2) that a case's tasks follow. */
public enum TaskKind {
    SUMMONS("Kallelse"),
    FIRST_MEETING("Första besök"),
    DECISION("Beslut"),
    CHANGE_PLAN("Förändringsplan"),
    FOLLOW_UP("Uppföljning av förändringsplan");

    private final String text;

    TaskKind(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
