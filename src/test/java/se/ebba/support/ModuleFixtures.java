package se.ebba.support;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import se.ebba.application.Applications;
import se.ebba.application.domain.Application;
import se.ebba.application.domain.ApplicationKind;
import se.ebba.application.domain.ItemKind;
import se.ebba.calculation.Calculations;
import se.ebba.calculation.domain.CalculationInput;
import se.ebba.calculation.domain.CostType;
import se.ebba.calculation.domain.MemberRole;
import se.ebba.casefile.CaseFiles;
import se.ebba.decision.Decisions;
import se.ebba.decision.Delegations;
import se.ebba.decision.domain.Decision;
import se.ebba.decision.domain.DecisionDraft;
import se.ebba.decision.domain.DecisionGround;
import se.ebba.decision.domain.DecisionType;
import se.ebba.decision.domain.Outcome;
import se.ebba.casefile.CaseRef;
import se.ebba.casefile.HouseholdRegistration;
import se.ebba.casefile.HouseholdRegistration.PersonInput;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.UnitView;
import se.ebba.identity.UserView;
import se.ebba.identity.Users;
import se.ebba.identity.Units;
import se.ebba.identity.domain.Role;

/**
 * Fixture factory for module tests ({@code @ApplicationModuleTest}), which start without the demo
 * data: a unit of their own, its staff and a household with an open case, made through the APIs of
 * identity and casefile.
 */
public final class ModuleFixtures {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private ModuleFixtures() {
    }

    /** A unit with its own caseworker (and an administrator), and a case of a single parent with one child. */
    public record UnitWithCase(UnitView unit, CurrentUser caseworker, CurrentUser admin, CaseRef caseRef) {
    }

    public static UnitWithCase unitWithCase(Units units, Users users, CaseFiles caseFiles) {
        int n = NEXT.incrementAndGet();
        UnitView unit = units.create("MODUL" + n + "X" + System.nanoTime() % 100_000, "Modulenheten " + n, List.of("Moduldistrikt " + n + "-" + System.nanoTime()));
        CurrentUser caseworker = current(users.createDemoUser(new Users.NewUser("handlaggare.modul" + n + "." + System.nanoTime(), "Kim Modul",
                "demo-losenord", EnumSet.of(Role.CASEWORKER), Set.of(unit.id()), false)));
        CurrentUser admin = current(users.createDemoUser(new Users.NewUser("admin.modul" + n + "." + System.nanoTime(), "Ada Modul",
                "demo-losenord", EnumSet.of(Role.ADMIN), Set.of(), false)));
        CaseRef caseRef = caseFiles.registerHousehold(new HouseholdRegistration(unit.id(),
                PersonInput.of(Households.personalNumber("19870304"), "Karolina", "Modul"), null,
                List.of(PersonInput.of(Households.personalNumber("20140505"), "Alice", "Modul")), List.of(), null), caseworker);
        return new UnitWithCase(unit, caseworker, admin, caseRef);
    }

    /**
     * A delegation order for the unit (caseworkers grant försörjningsstöd up to 30 000 kr), an
     * application for next month with its saved calculation, and a decision granting it in full.
     */
    public static Decision grantedDecision(UnitWithCase f, Delegations delegations, Applications applications, Calculations calculations,
                                           Decisions decisions, Clock clock) {
        delegations.add(f.unit().id(), new Delegations.NewRule("3.2", DecisionType.LIVELIHOOD_SUPPORT, Role.CASEWORKER, 30_000L,
                LocalDate.of(2025, 7, 1), "Test: delegationsordning § 1"), f.admin());
        YearMonth month = YearMonth.now(clock).plusMonths(1);
        Application application = applications.register(f.caseRef().id(), new Applications.NewApplication(ApplicationKind.FIRST, month,
                LocalDate.now(clock), List.of(new Applications.NewItem(ItemKind.LIVELIHOOD_SUPPORT, null, null))), f.caseworker());
        calculations.save(f.caseRef().id(), f.unit().id(), new CalculationInput(month, List.of(
                new CalculationInput.Member(MemberRole.APPLICANT, LocalDate.of(1987, 3, 4), false, false),
                new CalculationInput.Member(MemberRole.CHILD, LocalDate.of(2014, 5, 5), false, false)), null,
                List.of(new CalculationInput.Cost(CostType.HOUSING, 6_000)), List.of(), null, null), f.caseworker().id());
        return decisions.decide(f.caseRef().id(), application.id(), new DecisionDraft(List.of(new DecisionDraft.ItemDecision(
                application.items().getFirst().id(), Outcome.GRANTED, null)), DecisionGround.NEED_ASSESSMENT, "", null), f.caseworker());
    }

    private static CurrentUser current(UserView u) {
        return new CurrentUser(u.id(), u.username(), u.displayName(), u.units(), u.roles(), u.protectedIdentityAccess());
    }
}
