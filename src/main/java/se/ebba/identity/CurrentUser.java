package se.ebba.identity;

import java.util.Set;
import se.ebba.identity.domain.Role;
import se.ebba.identity.domain.UnitId;
import se.ebba.identity.domain.UserId;

/** The logged-in user: who they are, their units, their roles and their rights. */
public record CurrentUser(UserId id, String username, String displayName, Set<UnitId> units, Set<Role> roles,
                          boolean protectedIdentityAccess) {

    public CurrentUser {
        units = Set.copyOf(units);
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean belongsTo(UnitId unit) {
        return units.contains(unit);
    }

    public boolean readsCaseContents() {
        return roles.stream().anyMatch(Role::readsCaseContents);
    }

    public boolean changesCases() {
        return roles.stream().anyMatch(Role::changesCases);
    }

    public boolean registersHouseholds() {
        return roles.stream().anyMatch(Role::registersHouseholds);
    }

    public boolean allocatesCases() {
        return roles.stream().anyMatch(Role::allocatesCases);
    }

    public boolean ownsCases() {
        return roles.stream().anyMatch(Role::ownsCases);
    }

    /** Team leads and unit managers, who decide what is above others' delegation. */
    public boolean decides() {
        return has(Role.TEAM_LEAD) || has(Role.UNIT_MANAGER);
    }
}
