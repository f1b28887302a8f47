package se.ebba.calculation.domain;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One year's national norm (kr per month): personal costs per band (and the lower "utan lunch"
 * amounts where the year has them), and common household costs for 1–7 persons. Data with a
 * status and a source, never constants (RULES.md §2).
 */
public record NormTable(long id, int year, TableStatus status, String source, Map<PersonalCostBand, Integer> personal,
                        Map<PersonalCostBand, Integer> personalWithLunchOutside, int[] commonBySize) {

    public NormTable {
        Objects.requireNonNull(status);
        Objects.requireNonNull(source);
        personal = new EnumMap<>(personal);
        personalWithLunchOutside = personalWithLunchOutside.isEmpty() ? Map.of() : new EnumMap<>(personalWithLunchOutside);
        for (PersonalCostBand band : PersonalCostBand.values()) {
            if (!personal.containsKey(band)) {
                throw new IllegalArgumentException("The norm table for " + year + " lacks " + band);
            }
        }
        if (commonBySize.length != 8) {
            throw new IllegalArgumentException("Common costs are given for 1–7 persons (index 1..7)");
        }
        commonBySize = commonBySize.clone();
    }

    /** How lines cite the table: "Riksnormen 2023 (sekundär källa)". */
    public String basisText() {
        return status == TableStatus.OFFICIAL ? "Riksnormen " + year : "Riksnormen " + year + " (" + status.lowerCaseText() + ")";
    }

    public int personal(PersonalCostBand band) {
        return personal.get(band);
    }

    /** The lower amount for a child with lunch outside the home, when the table has one. */
    public Integer withLunchOutside(PersonalCostBand band) {
        return personalWithLunchOutside.get(band);
    }

    /** Common costs for a household; above 7 persons each person adds the difference between 6 and 7. */
    public int common(int persons) {
        if (persons < 1) {
            throw new IllegalArgumentException("A household has at least one person");
        }
        if (persons <= 7) {
            return commonBySize[persons];
        }
        return commonBySize[7] + (persons - 7) * (commonBySize[7] - commonBySize[6]);
    }
}
