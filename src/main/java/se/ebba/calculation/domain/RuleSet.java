package se.ebba.calculation.domain;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The data one month's calculation uses: the year's norm table, the prisbasbelopp, the unit's
 * caps and the legal references of the law in force. Immutable; the texts every calculation
 * cites are prepared once here rather than per calculation.
 */
public final class RuleSet {

    private final NormTable normTable;
    private final OptionalLong priceBaseAmount;
    private final List<CostCap> caps;
    private final Map<LegalSubject, String> legalReferences;
    private final String normRegulation;
    private final String[] references;
    private final String normLaw;
    private final String tableBasis;
    private final String[] bandBasis;
    private final String[] lunchBasis;
    private final String[] commonBasis;

    public RuleSet(NormTable normTable, OptionalLong priceBaseAmount, List<CostCap> caps, Map<LegalSubject, String> legalReferences,
                   String normRegulation) {
        this.normTable = Objects.requireNonNull(normTable);
        this.priceBaseAmount = Objects.requireNonNull(priceBaseAmount);
        this.caps = List.copyOf(caps);
        this.legalReferences = Map.copyOf(legalReferences);
        this.normRegulation = Objects.requireNonNull(normRegulation);
        this.references = new String[LegalSubject.values().length];
        new EnumMap<>(legalReferences).forEach((subject, reference) -> references[subject.ordinal()] = reference);
        this.normLaw = legalReferences.containsKey(LegalSubject.LIVELIHOOD_SUPPORT_SCOPE)
                ? legalReferences.get(LegalSubject.LIVELIHOOD_SUPPORT_SCOPE) + "; " + normRegulation : null;
        this.tableBasis = normTable.basisText();
        PersonalCostBand[] bands = PersonalCostBand.values();
        this.bandBasis = new String[bands.length];
        this.lunchBasis = new String[bands.length];
        for (PersonalCostBand band : bands) {
            bandBasis[band.ordinal()] = tableBasis + ": " + band.text();
            lunchBasis[band.ordinal()] = bandBasis[band.ordinal()] + ", utan lunch 5 dagar/vecka";
        }
        this.commonBasis = new String[LineTexts.PREPARED + 1];
        for (int size = 1; size <= LineTexts.PREPARED; size++) {
            commonBasis[size] = buildCommonBasis(size);
        }
    }

    private String buildCommonBasis(int size) {
        return tableBasis + ": gemensamma kostnader för "
                + (size > 7 ? "7 personer + skillnaden mellan 6 och 7 för varje person därutöver" : LineTexts.persons(size));
    }

    /** The basis of the lower amount for a child who eats lunch outside the home. */
    public String lunchBasis(PersonalCostBand band) {
        return lunchBasis[band.ordinal()];
    }

    /** How the common-costs line cites the table for a household of {@code size} persons. */
    public String commonBasis(int size) {
        return size <= LineTexts.PREPARED ? commonBasis[size] : buildCommonBasis(size);
    }

    /** How a personal-cost line cites its row of the table: "Riksnormen 2023 (sekundär källa): 7–10 år". */
    public String bandBasis(PersonalCostBand band) {
        return bandBasis[band.ordinal()];
    }

    public NormTable normTable() {
        return normTable;
    }

    public OptionalLong priceBaseAmount() {
        return priceBaseAmount;
    }

    public List<CostCap> caps() {
        return caps;
    }

    public Map<LegalSubject, String> legalReferences() {
        return legalReferences;
    }

    public String normRegulation() {
        return normRegulation;
    }

    /** The reference of norm lines: what försörjningsstöd covers, and the regulation that sets the norm. */
    public String normLaw() {
        if (normLaw == null) {
            throw new IllegalStateException("No legal reference for " + LegalSubject.LIVELIHOOD_SUPPORT_SCOPE);
        }
        return normLaw;
    }

    /** How lines cite the table: "Riksnormen 2023 (sekundär källa)". */
    public String tableBasis() {
        return tableBasis;
    }

    public String law(LegalSubject subject) {
        String reference = references[subject.ordinal()];
        if (reference == null) {
            throw new IllegalStateException("No legal reference for " + subject);
        }
        return reference;
    }
}
