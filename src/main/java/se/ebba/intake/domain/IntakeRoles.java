package se.ebba.intake.domain;

import java.util.Collection;
import se.ebba.identity.domain.Role;

/**
 * Who works at intake (README of the domain: the intake officer takes first contacts; the team
 * lead leads and stands in). Other roles meet the person once a case is open.
 */
public final class IntakeRoles {

    private IntakeRoles() {
    }

    public static boolean mayWork(Collection<Role> roles) {
        return roles.contains(Role.INTAKE_OFFICER) || roles.contains(Role.TEAM_LEAD);
    }
}
