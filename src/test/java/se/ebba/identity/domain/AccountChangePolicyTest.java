package se.ebba.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import se.ebba.identity.domain.AccountChangePolicy.Access;
import se.ebba.identity.domain.AccountChangePolicy.Refusal;

class AccountChangePolicyTest {

    static final UserId ADMIN = UserId.random();
    static final UserId OTHER = UserId.random();
    static final UnitId BROMMA = new UnitId(java.util.UUID.randomUUID());
    static final Access ADMIN_ONLY = new Access(Set.of(Role.ADMIN), Set.of(), false, true);

    @Test
    void refusesEveryRoleUnitAndRightAnAdministratorGivesTheirOwnAccount() {
        assertThat(AccountChangePolicy.check(ADMIN, ADMIN, ADMIN_ONLY, new Access(Set.of(Role.ADMIN, Role.CASEWORKER), Set.of(BROMMA), true, true)))
                .extracting(Refusal::field).containsExactly("roles", "units", "protectedIdentityAccess");
        assertThat(AccountChangePolicy.check(ADMIN, ADMIN, ADMIN_ONLY, new Access(Set.of(Role.ADMIN), Set.of(BROMMA), false, true)))
                .extracting(Refusal::field).containsExactly("units");
    }

    @Test
    void refusesGivingTheirOwnAccountACaseRoleEvenWhenDroppingTheAdministratorRole() {
        assertThat(AccountChangePolicy.check(ADMIN, ADMIN, ADMIN_ONLY, new Access(Set.of(Role.UNIT_MANAGER), Set.of(), false, true)))
                .extracting(Refusal::message).singleElement().asString().contains("Du kan inte ge dig själv roller");
    }

    @Test
    void allowsAnAdministratorToTakeAwayTheirOwnAccessOrChangeNothing() {
        assertThat(AccountChangePolicy.check(ADMIN, ADMIN, ADMIN_ONLY, ADMIN_ONLY)).isEmpty();
        assertThat(AccountChangePolicy.check(ADMIN, ADMIN, ADMIN_ONLY, new Access(Set.of(Role.ADMIN), Set.of(), false, false))).isEmpty();
    }

    @Test
    void allowsGivingAnotherUserCaseRolesUnitsAndTheRight() {
        assertThat(AccountChangePolicy.check(ADMIN, OTHER, Access.NONE,
                new Access(Set.of(Role.CASEWORKER, Role.TEAM_LEAD), Set.of(BROMMA), true, true))).isEmpty();
    }

    @Test
    void refusesAnAdministratorAccountThatAlsoHoldsAnotherRoleOrSeesProtectedAddresses() {
        assertThat(AccountChangePolicy.check(ADMIN, OTHER, ADMIN_ONLY, new Access(Set.of(Role.ADMIN, Role.AUDITOR), Set.of(BROMMA), true, true)))
                .extracting(Refusal::field).containsExactly("roles", "protectedIdentityAccess");
    }
}
