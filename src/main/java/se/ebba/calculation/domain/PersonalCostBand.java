package se.ebba.calculation.domain;

/**
 * The rows of the personal costs of the national norm (socialtjänstförordningen 2 kap. 1 §):
 * children and school youth by age on the first day of the month, and adults.
 */
public enum PersonalCostBand {
    AGE_0("0 år", 0, 0, true),
    AGE_1_2("1–2 år", 1, 2, true),
    AGE_3("3 år", 3, 3, true),
    AGE_4_6("4–6 år", 4, 6, true),
    AGE_7_10("7–10 år", 7, 10, false),
    AGE_11_14("11–14 år", 11, 14, false),
    AGE_15_18("15–18 år", 15, 18, false),
    AGE_19_20("19–20 år", 19, 20, false),
    SINGLE_ADULT("Ensamstående", -1, -1, false),
    COUPLE("Sambor/makar", -1, -1, false);

    private static final PersonalCostBand[] VALUES = values();

    private final String text;
    private final int fromAge;
    private final int toAge;
    private final boolean hasLunchVariant;

    PersonalCostBand(String text, int fromAge, int toAge, boolean hasLunchVariant) {
        this.text = text;
        this.fromAge = fromAge;
        this.toAge = toAge;
        this.hasLunchVariant = hasLunchVariant;
    }

    public String text() {
        return text;
    }

    /** Bands 0 to 4–6 have a lower amount for a child who eats lunch at preschool or school five days a week. */
    public boolean hasLunchVariant() {
        return hasLunchVariant;
    }

    /** The child band for an age, or null when the age is outside the child bands (21 or older). */
    public static PersonalCostBand forChildAge(int age) {
        for (PersonalCostBand band : VALUES) {
            if (band.fromAge >= 0 && age >= band.fromAge && age <= band.toAge) {
                return band;
            }
        }
        return null;
    }
}
