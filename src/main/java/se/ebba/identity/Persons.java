package se.ebba.identity;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import se.ebba.identity.domain.PersonId;
import se.ebba.identity.domain.PersonalNumber;
import se.ebba.identity.domain.UnitId;

/**
 * The people the units serve. A person record belongs to one unit: what a unit entered about a
 * person is that unit's, and no read or registration ever returns, or reveals the existence of,
 * another unit's record (OSL 26 kap. 1 §). Every read takes the viewer, so that protected
 * addresses stay hidden and records of units the viewer does not work in are not returned.
 */
public interface Persons {

    /**
     * Registers the person in the unit, or finds the unit's own record of that personnummer. Only
     * the unit's records are looked at. A record of the same unit with another name is not taken in
     * place of what the user typed: the outcome says so. An existing record gets a new address or
     * the protected flag from the registration (the earlier details are kept as history); the
     * protected flag is never removed by a registration.
     */
    Registration register(UnitId unit, NewPerson person, CurrentUser by);

    /** The unit records of the personnummer in the given units (at most one per unit). */
    Set<PersonId> findIds(PersonalNumber personalNumber, Set<UnitId> units);

    PersonView view(PersonId id, CurrentUser viewer);

    /** The records among {@code ids} that belong to the viewer's units, as the viewer may see them. */
    List<PersonView> view(Collection<PersonId> ids, CurrentUser viewer);

    /** Records of the given units whose name contains every word of the query (case-insensitive), at most {@code limit}. */
    Set<PersonId> matchingName(String query, Set<UnitId> units, int limit);

    /** The outcome of registering a person in a unit. */
    sealed interface Registration {

        /** The unit's record: new, or the existing one with the same name. */
        record Registered(PersonId id) implements Registration {
        }

        /** The unit already has the personnummer under another name; nothing was registered. */
        record NameDiffers() implements Registration {
        }
    }
}
