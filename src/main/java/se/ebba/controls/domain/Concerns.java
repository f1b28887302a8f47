package se.ebba.controls.domain;

import java.util.Set;
import se.ebba.casefile.domain.HouseholdRole;

/** Which households of the ongoing cases a check concerns, decided from the household's composition in the case file. */
public enum Concerns {
    ALL_HOUSEHOLDS("Alla hushåll"),
    WITH_CHILDREN("Hushåll med barn"),
    SEVERAL_ADULTS("Hushåll med två eller fler vuxna");

    private final String text;

    Concerns(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    /** Whether a household with these roles is concerned. */
    public boolean concerns(Set<HouseholdRole> roles) {
        return switch (this) {
            case ALL_HOUSEHOLDS -> true;
            case WITH_CHILDREN -> roles.contains(HouseholdRole.CHILD);
            case SEVERAL_ADULTS -> roles.contains(HouseholdRole.CO_APPLICANT) || roles.contains(HouseholdRole.OTHER_ADULT);
        };
    }
}
