package se.ebba.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.ebba.identity.domain.AccessGrantPolicy.AwaitsApproval;
import se.ebba.identity.domain.AccessGrantPolicy.InForce;
import se.ebba.identity.domain.AccountChangePolicy.Access;

class AccessGrantPolicyTest {

    static final UnitId BROMMA = new UnitId(UUID.randomUUID());
    static final UnitId OSTERMALM = new UnitId(UUID.randomUUID());
    static final UserId MANAGER = UserId.random();
    static final UserId ADMIN = UserId.random();
    static final UserId GRANTEE = UserId.random();

    @Test
    void aNewCaseworkerAccountHasNoAccessUntilTheUnitManagerApproves() {
        Access asked = new Access(Set.of(Role.CASEWORKER), Set.of(BROMMA), true, true);

        var outcome = AccessGrantPolicy.split(Access.NONE, asked);

        assertThat(outcome).isInstanceOfSatisfying(AwaitsApproval.class, a -> {
            assertThat(a.immediate()).isEqualTo(new Access(Set.of(), Set.of(), false, true));
            assertThat(a.requested()).isEqualTo(asked);
            assertThat(a.approvingUnits()).containsExactly(BROMMA);
        });
    }

    @Test
    void anAddedRoleOrTheProtectedIdentityRightNeedsEveryUnitOfTheAccountButAnAddedUnitOnlyThatUnit() {
        Access caseworker = new Access(Set.of(Role.CASEWORKER), Set.of(BROMMA, OSTERMALM), false, true);

        assertThat(AccessGrantPolicy.split(caseworker, new Access(Set.of(Role.CASEWORKER, Role.TEAM_LEAD), Set.of(BROMMA, OSTERMALM), false, true)))
                .isInstanceOfSatisfying(AwaitsApproval.class, a -> assertThat(a.approvingUnits()).containsExactlyInAnyOrder(BROMMA, OSTERMALM));
        assertThat(AccessGrantPolicy.split(caseworker, new Access(Set.of(Role.CASEWORKER), Set.of(BROMMA, OSTERMALM), true, true)))
                .isInstanceOfSatisfying(AwaitsApproval.class, a -> assertThat(a.approvingUnits()).containsExactlyInAnyOrder(BROMMA, OSTERMALM));
        Access inBromma = new Access(Set.of(Role.CASEWORKER), Set.of(BROMMA), false, true);
        assertThat(AccessGrantPolicy.split(inBromma, caseworker))
                .isInstanceOfSatisfying(AwaitsApproval.class, a -> {
                    assertThat(a.approvingUnits()).containsExactly(OSTERMALM);
                    assertThat(a.immediate()).isEqualTo(inBromma);
                });
    }

    @Test
    void whatIsTakenAwayHoldsAtOnceAlsoWhileSomethingElseWaits() {
        Access before = new Access(Set.of(Role.CASEWORKER, Role.TEAM_LEAD), Set.of(BROMMA), true, true);

        assertThat(AccessGrantPolicy.split(before, new Access(Set.of(Role.CASEWORKER), Set.of(BROMMA), false, false)))
                .isEqualTo(new InForce(new Access(Set.of(Role.CASEWORKER), Set.of(BROMMA), false, false)));
        assertThat(AccessGrantPolicy.split(before, new Access(Set.of(Role.CASEWORKER), Set.of(OSTERMALM), true, true)))
                .isInstanceOfSatisfying(AwaitsApproval.class, a -> {
                    assertThat(a.immediate()).isEqualTo(new Access(Set.of(Role.CASEWORKER), Set.of(), true, true));
                    assertThat(a.approvingUnits()).containsExactly(OSTERMALM);
                });
    }

    @Test
    void theAdministratorRoleNeedsNoUnitManager() {
        assertThat(AccessGrantPolicy.split(Access.NONE, new Access(Set.of(Role.ADMIN), Set.of(), false, true)))
                .isInstanceOf(InForce.class);
    }

    @Test
    void onlyAUnitManagerOfTheUnitDecidesNeverForThemselvesOrForWhatTheyAskedFor() {
        Set<Role> manager = Set.of(Role.UNIT_MANAGER);
        assertThat(AccessGrantPolicy.refusalToDecide(MANAGER, manager, Set.of(BROMMA), ADMIN, GRANTEE, BROMMA)).isEmpty();
        assertThat(AccessGrantPolicy.refusalToDecide(MANAGER, manager, Set.of(OSTERMALM), ADMIN, GRANTEE, BROMMA))
                .hasValueSatisfying(m -> assertThat(m).contains("Bara enhetschefen för enheten"));
        assertThat(AccessGrantPolicy.refusalToDecide(ADMIN, Set.of(Role.ADMIN), Set.of(), ADMIN, GRANTEE, BROMMA)).isPresent();
        assertThat(AccessGrantPolicy.refusalToDecide(MANAGER, Set.of(Role.TEAM_LEAD), Set.of(BROMMA), ADMIN, GRANTEE, BROMMA)).isPresent();
        assertThat(AccessGrantPolicy.refusalToDecide(MANAGER, manager, Set.of(BROMMA), ADMIN, MANAGER, BROMMA))
                .hasValueSatisfying(m -> assertThat(m).contains("till dig själv"));
        assertThat(AccessGrantPolicy.refusalToDecide(MANAGER, manager, Set.of(BROMMA), MANAGER, GRANTEE, BROMMA))
                .hasValueSatisfying(m -> assertThat(m).contains("själv har begärt"));
    }
}
