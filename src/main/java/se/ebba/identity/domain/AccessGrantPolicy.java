package se.ebba.identity.domain;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import se.ebba.identity.domain.AccountChangePolicy.Access;

/**
 * Four eyes on access to a unit's cases. A case role, a unit or the protected-identity right that
 * an administrator gives an account takes effect only when the unit manager (enhetschef) of every
 * unit concerned has approved it: otherwise an administrator could create an account with case
 * access and a password they know and read the unit's cases (OSL 26 kap. 1 §). What is taken away
 * (a role, a unit, the right, the enabled flag) takes effect at once: losing access needs no
 * second person. The administrator role itself is the administrators' business and holds no case
 * access ({@link AccountChangePolicy}).
 */
public final class AccessGrantPolicy {

    private AccessGrantPolicy() {
    }

    /**
     * What an administrator's change does: the access that holds at once, and the access asked for
     * (the whole account as the administrator wants it) with the units whose managers must approve it.
     */
    public sealed interface Outcome permits InForce, AwaitsApproval {

        Access immediate();
    }

    /** Nothing is added: the change holds at once. */
    public record InForce(Access immediate) implements Outcome {
    }

    /**
     * Something is added: {@code immediate} holds until every unit of {@code approvingUnits} has
     * approved; then {@code requested} holds. The units are empty only for a case role asked for
     * without any unit, which the account's validation refuses before anything is stored.
     */
    public record AwaitsApproval(Access immediate, Access requested, Set<UnitId> approvingUnits) implements Outcome {

        public AwaitsApproval {
            approvingUnits = Set.copyOf(approvingUnits);
        }
    }

    /**
     * Splits a change from {@code before} to {@code after}. Added roles or the protected-identity
     * right concern every unit the account will have (the role is used in each of them); an added
     * unit concerns that unit.
     */
    public static Outcome split(Access before, Access after) {
        Set<Role> addedRoles = EnumSet.noneOf(Role.class);
        addedRoles.addAll(after.roles());
        addedRoles.removeAll(before.roles());
        addedRoles.remove(Role.ADMIN);
        Set<UnitId> addedUnits = new HashSet<>(after.units());
        addedUnits.removeAll(before.units());
        boolean addedProtected = after.protectedIdentityAccess() && !before.protectedIdentityAccess();
        if (addedRoles.isEmpty() && addedUnits.isEmpty() && !addedProtected) {
            return new InForce(after);
        }
        Set<Role> keptRoles = EnumSet.noneOf(Role.class);
        keptRoles.addAll(after.roles());
        keptRoles.removeAll(addedRoles);
        Set<UnitId> keptUnits = new HashSet<>(after.units());
        keptUnits.retainAll(before.units());
        Access immediate = new Access(keptRoles, keptUnits, before.protectedIdentityAccess() && after.protectedIdentityAccess(),
                after.enabled());
        Set<UnitId> approving = addedRoles.isEmpty() && !addedProtected ? addedUnits : new HashSet<>(after.units());
        return new AwaitsApproval(immediate, after, approving);
    }

    /**
     * Why {@code actor} may not approve or reject the part of a request that concerns {@code unit};
     * empty when they may. Only a unit manager of that unit decides, never for their own account,
     * and never the one who asked for it.
     */
    public static Optional<String> refusalToDecide(UserId actor, Set<Role> actorRoles, Set<UnitId> actorUnits, UserId requestedBy,
                                                   UserId grantee, UnitId unit) {
        if (!actorRoles.contains(Role.UNIT_MANAGER) || !actorUnits.contains(unit)) {
            return Optional.of("Bara enhetschefen för enheten kan godkänna eller avslå behörigheter till enheten.");
        }
        if (actor.equals(grantee)) {
            return Optional.of("Du kan inte godkänna eller avslå en behörighet till dig själv. Den behöver en annan enhetschefs beslut.");
        }
        if (actor.equals(requestedBy)) {
            return Optional.of("Du kan inte godkänna en behörighet som du själv har begärt.");
        }
        return Optional.empty();
    }
}
