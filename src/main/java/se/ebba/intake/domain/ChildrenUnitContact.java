package se.ebba.intake.domain;

/** Whether the children's unit (barn och familj) was contacted about the children of an emergency. */
public enum ChildrenUnitContact {
    CONTACTED("Barnenheten är kontaktad"),
    CONCERN_REPORTED("Orosanmälan är gjord"),
    NOT_NEEDED("Kontakt behövs inte (skäl anges)");

    private final String text;

    ChildrenUnitContact(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
