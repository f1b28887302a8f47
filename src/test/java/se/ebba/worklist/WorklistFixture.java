package se.ebba.worklist;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.ebba.casefile.CaseFiles;
import se.ebba.casefile.CaseRef;
import se.ebba.casefile.HouseholdRegistration;
import se.ebba.casefile.HouseholdRegistration.PersonInput;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.UnitView;
import se.ebba.identity.UserView;
import se.ebba.identity.Units;
import se.ebba.identity.Users;
import se.ebba.identity.domain.Role;
import se.ebba.support.Eventually;
import se.ebba.support.Households;

/** A unit of its own for a worklist test (so the closing job touches no other test's cases), with a caseworker and a team lead. */
record WorklistFixture(UnitView unit, CurrentUser caseworker, CurrentUser teamLead, CaseFiles caseFiles, JdbcClient jdbc) {

    static WorklistFixture newUnit(Units units, Users users, CaseFiles caseFiles, JdbcClient jdbc) {
        String code = "WL" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        UnitView unit = units.create(code, "Arbetslista " + code, List.of("Distrikt " + code));
        return new WorklistFixture(unit, user(users, "cw." + code, "Cecilia Arbetslista", Role.CASEWORKER, unit),
                user(users, "tl." + code, "Tor Arbetslista", Role.TEAM_LEAD, unit), caseFiles, jdbc);
    }

    private static CurrentUser user(Users users, String username, String name, Role role, UnitView unit) {
        UserView u = users.createDemoUser(new Users.NewUser(username, name, "ebba-demo1", EnumSet.of(role), Set.of(unit.id()), false));
        return new CurrentUser(u.id(), u.username(), u.displayName(), u.units(), u.roles(), u.protectedIdentityAccess());
    }

    /** A single adult's case at intake, with the fixture's caseworker responsible. */
    CaseRef household(String lastName) {
        return caseFiles.registerHousehold(new HouseholdRegistration(unit.id(),
                PersonInput.of(Households.personalNumber("19800101"), "Arne", lastName), null, List.of(), List.of(), caseworker.id()), teamLead);
    }

    /** The case referred to the ongoing team, once the worklist has heard of it. */
    CaseRef ongoing(String lastName) {
        CaseRef c = household(lastName);
        caseFiles.changeState(c.id(), version(c), se.ebba.casefile.domain.CaseState.OPEN_ONGOING, "Remitterad", teamLead);
        await(() -> "OPEN_ONGOING".equals(worklistState(c)));
        return c;
    }

    String worklistState(CaseRef c) {
        return jdbc.sql("select state from worklist_case where case_id = :id").param("id", c.id().value()).query(String.class)
                .optional().orElse(null);
    }

    String caseState(CaseRef c) {
        return jdbc.sql("select state from assistance_case where id = :id").param("id", c.id().value()).query(String.class).single();
    }

    int version(CaseRef c) {
        return jdbc.sql("select version from assistance_case where id = :id").param("id", c.id().value()).query(Integer.class).single();
    }

    /** Open tasks of the case as "KIND due_on". */
    List<String> openTasks(CaseRef c) {
        return jdbc.sql("select kind || ' ' || due_on from worklist_task where case_id = :id and done_on is null and cancelled_on is null order by kind")
                .param("id", c.id().value()).query(String.class).list();
    }

    LocalDate doneOn(CaseRef c, String kind) {
        return jdbc.sql("select done_on from worklist_task where case_id = :id and kind = :kind and done_on is not null")
                .param("id", c.id().value()).param("kind", kind).query(LocalDate.class).optional().orElse(null);
    }

    static void await(java.util.function.BooleanSupplier condition) {
        Eventually.await(condition, Duration.ofSeconds(20));
    }
}
