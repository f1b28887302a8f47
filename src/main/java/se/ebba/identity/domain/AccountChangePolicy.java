package se.ebba.identity.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What an administrator may do to an account. The system administrator never reads case contents
 * (shared/domain/README.md), so an administrator cannot give their own account a role, a unit or
 * the right to see protected personal data, and an account that holds ADMIN cannot also hold a
 * role that reads cases or the protected-identity right: a second administrator cannot be used
 * to get round the first rule while both stay administrators.
 */
public final class AccountChangePolicy {

    private AccountChangePolicy() {
    }

    /** Roles, units, rights and the enabled flag of an account. */
    public record Access(Set<Role> roles, Set<UnitId> units, boolean protectedIdentityAccess, boolean enabled) {

        public Access {
            roles = Set.copyOf(roles);
            units = Set.copyOf(units);
        }

        public static final Access NONE = new Access(Set.of(), Set.of(), false, false);
    }

    /** Why a change is refused, for one field of the form (Swedish, for the administrator). */
    public record Refusal(String field, String message) {
    }

    /**
     * The refusals of changing {@code target} from {@code before} to {@code after} by {@code actor};
     * empty when the change is allowed. A new account is changed from {@link Access#NONE}.
     */
    public static List<Refusal> check(UserId actor, UserId target, Access before, Access after) {
        List<Refusal> refusals = new ArrayList<>();
        if (actor.equals(target)) {
            Set<Role> addedRoles = new HashSet<>(after.roles());
            addedRoles.removeAll(before.roles());
            Set<UnitId> addedUnits = new HashSet<>(after.units());
            addedUnits.removeAll(before.units());
            if (!addedRoles.isEmpty()) {
                refusals.add(new Refusal("roles", "Du kan inte ge dig själv roller. Be en annan administratör göra ändringen."));
            }
            if (!addedUnits.isEmpty()) {
                refusals.add(new Refusal("units", "Du kan inte ge dig själv enheter. Be en annan administratör göra ändringen."));
            }
            if (after.protectedIdentityAccess() && !before.protectedIdentityAccess()) {
                refusals.add(new Refusal("protectedIdentityAccess",
                        "Du kan inte ge dig själv behörighet till skyddade personuppgifter. Be en annan administratör göra ändringen."));
            }
        }
        if (after.roles().contains(Role.ADMIN)) {
            // No other role at all: an administrator who also audits or works a unit could review or
            // read what they themselves changed.
            boolean otherRoles = after.roles().stream().anyMatch(r -> r != Role.ADMIN);
            if (otherRoles && refusals.stream().noneMatch(r -> r.field().equals("roles"))) {
                refusals.add(new Refusal("roles",
                        "En systemadministratör kan inte samtidigt ha någon annan roll. Ta bort rollen Systemadministratör eller de andra rollerna."));
            }
            if (after.protectedIdentityAccess() && refusals.stream().noneMatch(r -> r.field().equals("protectedIdentityAccess"))) {
                refusals.add(new Refusal("protectedIdentityAccess",
                        "En systemadministratör kan inte ha behörighet till skyddade personuppgifter."));
            }
        }
        return List.copyOf(refusals);
    }
}
