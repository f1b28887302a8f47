package se.ebba.decision.web;

/** The form that adds a point to a unit's delegation order, as typed. */
public record DelegationForm(String code, String type, String role, String maxAmount, String validFrom, String source) {

    static DelegationForm empty() {
        return new DelegationForm(null, null, null, null, null, null);
    }
}
