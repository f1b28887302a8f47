package se.ebba.calculation.domain;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The data one month's calculation uses: the year's norm table, the prisbasbelopp, the unit's
 * caps and the legal references of the law in force.
 */
public record RuleSet(NormTable normTable, OptionalLong priceBaseAmount, List<CostCap> caps,
                      Map<LegalSubject, String> legalReferences, String normRegulation) {

    public RuleSet {
        caps = List.copyOf(caps);
        legalReferences = Map.copyOf(legalReferences);
    }

    /** The reference of norm lines: what försörjningsstöd covers, and the regulation that sets the norm. */
    public String normLaw() {
        return law(LegalSubject.LIVELIHOOD_SUPPORT_SCOPE) + "; " + normRegulation;
    }

    public String law(LegalSubject subject) {
        String reference = legalReferences.get(subject);
        if (reference == null) {
            throw new IllegalStateException("No legal reference for " + subject);
        }
        return reference;
    }
}
