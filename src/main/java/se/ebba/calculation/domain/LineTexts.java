package se.ebba.calculation.domain;

/**
 * The Swedish texts of calculation lines that depend only on enums and small counts, built once at
 * class load rather than per calculation (docs/performance.md). Larger counts fall back to building
 * the same text on the spot.
 */
final class LineTexts {

    /** Texts are prepared for this many children and persons; beyond, they are built per call. */
    static final int PREPARED = 12;

    private static final String LUNCH = ", lunch utanför hemmet";
    private static final PersonalCostBand[] BANDS = PersonalCostBand.values();
    private static final IncomeType[] INCOME_TYPES = IncomeType.values();
    private static final String[][] CHILD = new String[PREPARED + 1][BANDS.length];
    private static final String[][] CHILD_LUNCH = new String[PREPARED + 1][BANDS.length];
    private static final String[] COMMON = new String[PREPARED + 1];
    /** [income type][who]: who 0 = sökande, 1 = medsökande, 1 + n = barn n. */
    private static final String[][] INCOME = new String[INCOME_TYPES.length][PREPARED + 2];
    private static final String[][] JOB_STIMULUS = new String[INCOME_TYPES.length][PREPARED + 2];
    private static final String[][] EXEMPTION = new String[INCOME_TYPES.length][PREPARED + 2];

    static {
        for (int n = 1; n <= PREPARED; n++) {
            for (PersonalCostBand band : BANDS) {
                CHILD[n][band.ordinal()] = buildChild(n, band);
                CHILD_LUNCH[n][band.ordinal()] = buildChild(n, band) + LUNCH;
            }
            COMMON[n] = buildCommon(n);
        }
        for (IncomeType type : INCOME_TYPES) {
            for (int who = 0; who < PREPARED + 2; who++) {
                INCOME[type.ordinal()][who] = buildIncome(type, whoText(who));
                JOB_STIMULUS[type.ordinal()][who] = buildJobStimulus(type, whoText(who));
                EXEMPTION[type.ordinal()][who] = buildExemption(type, whoText(who));
            }
        }
    }

    private LineTexts() {
    }

    static String child(int n, PersonalCostBand band, boolean lunchOutside) {
        if (n <= PREPARED) {
            return (lunchOutside ? CHILD_LUNCH : CHILD)[n][band.ordinal()];
        }
        return buildChild(n, band) + (lunchOutside ? LUNCH : "");
    }

    static String common(int size) {
        return size <= PREPARED ? COMMON[size] : buildCommon(size);
    }

    /** who: 0 = sökande, 1 = medsökande, 1 + n = barn n. */
    static String income(IncomeType type, int who) {
        return who < PREPARED + 2 ? INCOME[type.ordinal()][who] : buildIncome(type, whoText(who));
    }

    static String jobStimulus(IncomeType type, int who) {
        return who < PREPARED + 2 ? JOB_STIMULUS[type.ordinal()][who] : buildJobStimulus(type, whoText(who));
    }

    static String exemption(IncomeType type, int who) {
        return who < PREPARED + 2 ? EXEMPTION[type.ordinal()][who] : buildExemption(type, whoText(who));
    }

    static String persons(int size) {
        return size + (size == 1 ? " person" : " personer");
    }

    private static String buildChild(int n, PersonalCostBand band) {
        return "Personliga kostnader, barn " + n + " (" + band.text() + ")";
    }

    private static String buildCommon(int size) {
        return "Gemensamma hushållskostnader, " + persons(size);
    }

    private static String whoText(int who) {
        return who == 0 ? "sökande" : who == 1 ? "medsökande" : "barn " + (who - 1);
    }

    private static String buildIncome(IncomeType type, String who) {
        return type.text() + " (" + who + ")";
    }

    private static String buildJobStimulus(IncomeType type, String who) {
        return "Jobbstimulans: 25 % av " + type.lowerCaseText() + " (" + who + ") räknas inte";
    }

    private static String buildExemption(IncomeType type, String who) {
        return type.text() + " (" + who + ") som inte räknas";
    }
}
