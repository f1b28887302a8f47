package se.ebba.payment.domain;

/** Who is paid: the applicant, or the landlord for the rent when the rent is to be paid there. */
public enum RecipientKind {
    APPLICANT("Sökande"),
    LANDLORD("Hyresvärd");

    private final String text;

    RecipientKind(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
