package se.ebba.identity.domain;

/** The roles of the people who use Ebba (shared/domain/README.md), with their Swedish titles. */
public enum Role {
    INTAKE_OFFICER("Socialsekreterare i mottagningen"),
    CASEWORKER("Socialsekreterare"),
    PAYMENT_OFFICER("Ekonomihandläggare"),
    CASHIER("Kassa"),
    FRAUD_INVESTIGATOR("FUT-utredare"),
    TEAM_LEAD("Biträdande enhetschef"),
    UNIT_MANAGER("Enhetschef"),
    QUALITY_DEVELOPER("Metodutvecklare"),
    AUDITOR("Socialtjänstinspektör"),
    APPLICANT("Sökande"),
    ADMIN("Systemadministratör");

    private final String title;

    Role(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /**
     * Staff roles whose work needs the contents of their units' cases (for the menu; the case file's
     * CaseAccessPolicy decides per kind of content). ADMIN never does; the cashier, the auditor and
     * the quality developer do not until payments, audits and self-checks exist (docs/security.md).
     */
    public boolean readsCaseContents() {
        return switch (this) {
            case INTAKE_OFFICER, CASEWORKER, PAYMENT_OFFICER, FRAUD_INVESTIGATOR, TEAM_LEAD, UNIT_MANAGER -> true;
            default -> false;
        };
    }

    /** Roles that may change a case or write in its journal; the auditor only reads. */
    public boolean changesCases() {
        return switch (this) {
            case INTAKE_OFFICER, CASEWORKER, PAYMENT_OFFICER, FRAUD_INVESTIGATOR, TEAM_LEAD, UNIT_MANAGER -> true;
            default -> false;
        };
    }

    /** Roles that register households and open cases (intake, and caseworkers on reopening). */
    public boolean registersHouseholds() {
        return this == INTAKE_OFFICER || this == CASEWORKER || this == TEAM_LEAD;
    }

    /** Roles that distribute cases among caseworkers. */
    public boolean allocatesCases() {
        return this == TEAM_LEAD || this == UNIT_MANAGER;
    }

    /** Roles that own cases as responsible caseworker. */
    public boolean ownsCases() {
        return this == CASEWORKER || this == INTAKE_OFFICER || this == PAYMENT_OFFICER;
    }
}
