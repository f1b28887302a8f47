package se.ebba.decision.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import se.ebba.decision.domain.Proposal;
import se.ebba.identity.domain.Role;

/** Drafts proposed to the roles whose delegation covers them. Appended, never changed. */
public interface DecisionProposals {

    void saveProposal(Proposal proposal, UUID proposedBy);

    Optional<Proposal> latestProposal(UUID applicationId);

    /** Proposals without a decision in the units, routed to any of the roles, oldest first. */
    List<Proposal> openProposals(Collection<UUID> units, Set<Role> roles);

    /** How many open proposals in these units are routed to one of these roles (for the menu). */
    int countOpenProposals(Collection<UUID> units, Set<Role> roles);
}
