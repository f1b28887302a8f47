package se.ebba.controls.domain;

/** What a done check found. */
public enum ControlResult {
    WITHOUT_REMARK("Utan anmärkning"),
    DEVIATION("Avvikelse");

    private final String text;

    ControlResult(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
