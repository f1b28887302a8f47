package se.ebba.calculation.domain;

/**
 * A unit's highest reasonable amount for a cost, for households of a composition (RULES.md §3).
 * Null bounds are open. The first matching cap, in the unit's order, applies.
 */
public record CostCap(CostType type, Integer minAdults, Integer maxAdults, Integer minChildren, Integer maxChildren,
                      long amount, String description, String source) {

    public boolean matches(CostType costType, int adults, int children) {
        return type == costType
                && (minAdults == null || adults >= minAdults) && (maxAdults == null || adults <= maxAdults)
                && (minChildren == null || children >= minChildren) && (maxChildren == null || children <= maxChildren);
    }
}
