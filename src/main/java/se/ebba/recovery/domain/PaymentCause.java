package se.ebba.recovery.domain;

/** Why the payment was wrong (RULES.md §8): the unit's own error, or the applicant's wrong or missing information. */
public enum PaymentCause {
    UNIT_ERROR("Enhetens fel"),
    APPLICANT_WRONG_INFORMATION("Sökanden lämnade felaktiga uppgifter"),
    APPLICANT_DID_NOT_REPORT("Sökanden lämnade inte uppgifter eller anmälde inte en ändring");

    private final String text;

    PaymentCause(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
