package se.ebba.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.ebba.identity.domain.PersonId;
import se.ebba.identity.domain.PersonalNumber;

/** The people the units serve. Every read takes the viewer, so that protected addresses stay hidden. */
public interface Persons {

    /** Registers the person, or returns the one already registered with that personnummer. */
    PersonId registerOrFind(NewPerson person);

    Optional<PersonId> findId(PersonalNumber personalNumber);

    PersonView view(PersonId id, CurrentUser viewer);

    List<PersonView> view(Collection<PersonId> ids, CurrentUser viewer);

    /** Persons whose name contains every word of the query (case-insensitive), at most {@code limit}. */
    Set<PersonId> matchingName(String query, int limit);
}
