package se.ebba.payment;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.ebba.application.Applications;
import se.ebba.application.domain.Application;
import se.ebba.application.domain.ApplicationKind;
import se.ebba.application.domain.ItemKind;
import se.ebba.calculation.Calculations;
import se.ebba.calculation.domain.CalculationInput;
import se.ebba.calculation.domain.CostType;
import se.ebba.calculation.domain.MemberRole;
import se.ebba.casefile.CaseFiles;
import se.ebba.casefile.CaseRef;
import se.ebba.casefile.HouseholdRegistration;
import se.ebba.casefile.HouseholdRegistration.PersonInput;
import se.ebba.decision.Decisions;
import se.ebba.decision.Delegations;
import se.ebba.decision.domain.Decision;
import se.ebba.decision.domain.DecisionDraft;
import se.ebba.decision.domain.DecisionDraft.ItemDecision;
import se.ebba.decision.domain.DecisionGround;
import se.ebba.decision.domain.DecisionType;
import se.ebba.decision.domain.Outcome;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.UnitView;
import se.ebba.identity.UserView;
import se.ebba.identity.Units;
import se.ebba.identity.Users;
import se.ebba.identity.domain.Role;
import se.ebba.payment.CasePayments.NewAccount;
import se.ebba.support.Eventually;
import se.ebba.support.Households;

/**
 * A unit of its own for a payment test, with a caseworker who decides, a payment officer, two cashiers
 * (one of them also a caseworker who decides), and single adults' cases with granted decisions.
 */
record PaymentFixture(UnitView unit, CurrentUser caseworker, CurrentUser officer, CurrentUser cashier, CurrentUser decidingCashier,
                      Services services) {

    record Services(CaseFiles caseFiles, Applications applications, Calculations calculations, Decisions decisions,
                    CasePayments casePayments, JdbcClient jdbc, Clock clock) {
    }

    static final String REASONS = "Hyran är högre än enhetens skäliga nivå; skälig hyra godtas.";

    static PaymentFixture newUnit(Units units, Users users, Delegations delegations, Services services) {
        String code = "PAY" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        UnitView unit = units.create(code, "Utbetalning " + code, List.of("Distrikt " + code));
        CurrentUser admin = user(users, "admin." + code, "Ada Utbetalning", EnumSet.of(Role.ADMIN), null);
        delegations.add(unit.id(), new Delegations.NewRule("3.2", DecisionType.LIVELIHOOD_SUPPORT, Role.CASEWORKER, 30_000L,
                LocalDate.of(2025, 7, 1), "Test: delegationsordning"), admin);
        delegations.add(unit.id(), new Delegations.NewRule("3.8", DecisionType.REFUSAL, Role.CASEWORKER, 30_000L,
                LocalDate.of(2025, 7, 1), "Test: delegationsordning"), admin);
        return new PaymentFixture(unit, user(users, "cw." + code, "Cecilia Beslut", EnumSet.of(Role.CASEWORKER), unit),
                user(users, "eko." + code, "Ebbe Ekonomi", EnumSet.of(Role.PAYMENT_OFFICER), unit),
                user(users, "kassa." + code, "Kerstin Kassa", EnumSet.of(Role.CASHIER), unit),
                user(users, "kassa2." + code, "Kim Kassa", EnumSet.of(Role.CASHIER, Role.CASEWORKER), unit), services);
    }

    static CurrentUser user(Users users, String username, String name, Set<Role> roles, UnitView unit) {
        UserView u = users.createDemoUser(new Users.NewUser(username, name, "ebba-demo1", roles, unit == null ? Set.of() : Set.of(unit.id()), false));
        return new CurrentUser(u.id(), u.username(), u.displayName(), u.units(), u.roles(), u.protectedIdentityAccess());
    }

    CaseRef household(String lastName) {
        return services.caseFiles().registerHousehold(new HouseholdRegistration(unit.id(),
                PersonInput.of(Households.personalNumber("19800101"), "Arne", lastName), null, List.of(), List.of(), null), caseworker);
    }

    YearMonth month() {
        return YearMonth.now(services.clock()).plusMonths(1);
    }

    /** An application for next month with a calculation (housing 6 000 kr), decided by {@code decider}: granted in full, or partly. */
    Decision decide(CaseRef c, Long partly, CurrentUser decider) {
        Application application = services.applications().register(c.id(), new Applications.NewApplication(ApplicationKind.FIRST, month(),
                LocalDate.now(services.clock()), List.of(new Applications.NewItem(ItemKind.LIVELIHOOD_SUPPORT, null, null))), decider);
        services.calculations().save(c.id(), unit.id(), new CalculationInput(month(), List.of(
                new CalculationInput.Member(MemberRole.APPLICANT, LocalDate.of(1980, 1, 1), false, false)), null,
                List.of(new CalculationInput.Cost(CostType.HOUSING, 6_000)), List.of(), null, null), decider.id());
        return services.decisions().decide(c.id(), application.id(), draft(application.items().getFirst().id(), partly), decider);
    }

    Decision change(CaseRef c, Decision replaced, Long partly) {
        return services.decisions().change(c.id(), replaced.id(), draft(replaced.items().getFirst().itemId(), partly), caseworker);
    }

    private static DecisionDraft draft(UUID item, Long partly) {
        return partly == null
                ? new DecisionDraft(List.of(new ItemDecision(item, Outcome.GRANTED, null)), DecisionGround.NEED_ASSESSMENT, "", null)
                : new DecisionDraft(List.of(new ItemDecision(item, Outcome.PARTLY_GRANTED, partly)), DecisionGround.NEED_ASSESSMENT, REASONS, null);
    }

    void applicantAccount(CaseRef c) {
        services.casePayments().registerApplicantAccount(c.id(), new NewAccount("Arne", "BANK_ACCOUNT", "8327-9", "123 456 789-7", null,
                null, "Kontobevis"), officer);
    }

    void landlord(CaseRef c) {
        services.casePayments().registerLandlord(c.id(), new NewAccount("Bostadsbolaget AB", "BANKGIRO", null, null, "5050-1055", null,
                "Hyresskuld; hyran betalas direkt"), officer);
    }

    /** The case's payments as "RECIPIENT amount STATE", in order of creation. */
    List<String> payments(CaseRef c) {
        return services.jdbc().sql("select recipient_kind || ' ' || amount || ' ' || state from payment where case_id = :c order by created_at, recipient_kind")
                .param("c", c.id().value()).query(String.class).list();
    }

    List<String> attentions(CaseRef c) {
        return services.jdbc().sql("""
                select kind || ' ' || recipient_kind || ' ' || amount || case when resolved_at is null then '' else ' resolved' end
                from payment_attention where case_id = :c order by created_at""")
                .param("c", c.id().value()).query(String.class).list();
    }

    /** Waits until the case has this many payments (the decision's event is handled asynchronously). */
    List<String> awaitPayments(CaseRef c, int count) {
        Eventually.await(() -> payments(c).size() >= count, Duration.ofSeconds(20));
        return payments(c);
    }

    void awaitAttentions(CaseRef c, int count) {
        Eventually.await(() -> attentions(c).size() >= count, Duration.ofSeconds(20));
    }

    /** What a payment run does to a verified payment (the runs' part moves it with SQL): exported in a run. */
    /** As if a payment run had taken the case's payments: a run row (the payments name it) and the payments EXPORTED. */
    void exportAll(CaseRef c) {
        UUID run = UUID.randomUUID();
        services.jdbc().sql("""
                        insert into payment_run (id, unit_ids, payment_date, message_id, payments, total, created_by, created_by_name, created_at)
                        select :run, array_agg(distinct unit_id), current_date, :message, count(*), sum(amount), (array_agg(decided_by))[1],
                               'Testkassa', now()
                        from payment where case_id = :c and state in ('PROPOSED', 'VERIFIED')""")
                .param("run", run).param("message", "TEST-" + run.toString().substring(0, 8).toUpperCase()).param("c", c.id().value()).update();
        services.jdbc().sql("update payment set state = 'EXPORTED', run_id = :run, version = version + 1 where case_id = :c and state in ('PROPOSED', 'VERIFIED')")
                .param("run", run).param("c", c.id().value()).update();
    }
}
