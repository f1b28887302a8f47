package se.ebba.calculation.domain;

/** Kinds of income, all counted net of tax (RULES.md §4). */
public enum IncomeType {
    SALARY("Lön", true),
    UNEMPLOYMENT_BENEFIT("Arbetslöshetsersättning", false),
    SICKNESS_BENEFIT("Sjukpenning", false),
    HOUSING_ALLOWANCE("Bostadsbidrag", false),
    CHILD_ALLOWANCE("Barnbidrag", false),
    MAINTENANCE_SUPPORT("Underhållsstöd", false),
    ESTABLISHMENT_BENEFIT("Etableringsersättning", false),
    PENSION("Pension", false),
    STUDENT_AID("Studiemedel", false),
    PARENTAL_BENEFIT("Föräldrapenning", false),
    OTHER("Annan inkomst", false);

    private final String text;
    private final boolean employment;

    private final String lowerCaseText;

    IncomeType(String text, boolean employment) {
        this.text = text;
        this.employment = employment;
        this.lowerCaseText = text.toLowerCase(java.util.Locale.ROOT);
    }

    public String lowerCaseText() {
        return lowerCaseText;
    }

    public String text() {
        return text;
    }

    /** Income from work: the kind that jobbstimulans and the exemption for children's earnings apply to. */
    public boolean isEmployment() {
        return employment;
    }
}
