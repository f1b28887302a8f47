package se.ebba.identity;

import java.util.List;
import java.util.Optional;
import se.ebba.identity.domain.UnitId;

public interface Units {

    List<UnitView> all();

    Optional<UnitView> byCode(String code);

    UnitView get(UnitId id);

    /**
     * The unit an administration page shows: the one chosen, or the first when none is chosen.
     *
     * @throws se.ebba.shared.InvalidInputException when there are no units yet
     */
    default UnitView chosenOrFirst(UnitId chosen) {
        List<UnitView> all = all();
        if (all.isEmpty()) {
            throw new se.ebba.shared.InvalidInputException("enhet", "Det finns inga enheter ännu. Skapa en enhet först.");
        }
        return chosen == null ? all.getFirst() : get(chosen);
    }

    /** The unit's postal address, phone and contact person for its letters. */
    UnitContact contact(UnitId id);

    /**
     * Changes the unit's contact details for its letters.
     *
     * @throws se.ebba.shared.InvalidInputException naming the field that is too long or missing
     */
    void changeContact(UnitId id, UnitContact contact);

    /** Creates a unit serving the given districts (created when new). */
    UnitView create(String code, String name, List<String> districtNames);
}
