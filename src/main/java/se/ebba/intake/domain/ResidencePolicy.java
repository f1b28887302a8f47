package se.ebba.intake.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.InvalidInputException.FieldError;

/**
 * Whether a person belongs to the unit (tillhörighetsbedömning, PROCESS.md §1): the unit handles
 * the residents of its districts (Östermalm handles Kungsholmen, Norrmalm and Östermalm). The
 * municipality where a person lives is responsible (SoL 2 a kap. 1 §); a person who belongs
 * elsewhere is referred, and where and why is recorded. The districts are the units' data.
 */
public final class ResidencePolicy {

    /** The district answer "outside the municipality": no unit here serves it. */
    public static final String OTHER_MUNICIPALITY = "Annan kommun";

    private final List<String> ownDistricts;
    private final Map<String, String> unitByDistrict;

    /**
     * @param ownDistricts   the districts of the unit making the check
     * @param unitByDistrict every district of the municipality and the name of the unit serving it
     */
    public ResidencePolicy(List<String> ownDistricts, Map<String, String> unitByDistrict) {
        this.ownDistricts = List.copyOf(ownDistricts);
        this.unitByDistrict = Map.copyOf(unitByDistrict);
    }

    public sealed interface Outcome {

        /** The district is one of the unit's: the unit handles the application. */
        /** {@code note}: why a person not registered at the address still lives in the district. */
        record Belongs(String district, Optional<String> note) implements Outcome {
        }

        /** The person belongs elsewhere and was referred to {@code referredTo} because of {@code reason}. */
        record ReferredElsewhere(String referredTo, String reason) implements Outcome {
        }
    }

    /** Where the person would be referred by default: the unit serving the district, or another municipality. */
    public Optional<String> suggestedReferral(String district) {
        if (district == null || district.isBlank() || ownDistricts.contains(district)) {
            return Optional.empty();
        }
        return Optional.of(unitByDistrict.getOrDefault(district, OTHER_MUNICIPALITY));
    }

    /**
     * Decides the outcome from the district chosen; refuses (naming the fields) a referral without
     * where and why, and a person not registered at the address without a note of why.
     */
    public Outcome assess(String district, boolean registeredThere, String referredTo, String reason) {
        List<FieldError> errors = new ArrayList<>();
        if (district == null || district.isBlank()) {
            errors.add(new FieldError("district", "Välj stadsdelen där personen bor, eller Annan kommun."));
        } else if (!ownDistricts.contains(district) && !unitByDistrict.containsKey(district) && !district.equals(OTHER_MUNICIPALITY)) {
            errors.add(new FieldError("district", "Välj en stadsdel i listan."));
        }
        boolean belongs = district != null && ownDistricts.contains(district);
        if (errors.isEmpty() && !belongs) {
            if (referredTo == null || referredTo.isBlank()) {
                errors.add(new FieldError("referredTo", "Skriv vart personen hänvisas (enhet eller kommun)."));
            }
            if (reason == null || reason.isBlank()) {
                errors.add(new FieldError("reason", "Skriv varför personen hör till en annan enhet eller kommun."));
            }
        }
        if (errors.isEmpty() && belongs && !registeredThere && (reason == null || reason.isBlank())) {
            errors.add(new FieldError("reason", "Personen är inte folkbokförd på adressen. Skriv varför personen ändå bor i stadsdelen."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return belongs ? new Outcome.Belongs(district, reason == null || reason.isBlank() ? Optional.empty() : Optional.of(reason.strip())) : new Outcome.ReferredElsewhere(referredTo.strip(), reason.strip());
    }
}
