package se.ebba.quality.domain;

/** What a criterion says about one case. */
public enum AuditOutcome {
    MET("Uppfyllt"),
    NOT_MET("Saknas"),
    NOT_APPLICABLE("Gäller inte");

    private final String text;

    AuditOutcome(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
