package se.ebba.payment;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContext;
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
import se.ebba.decision.domain.DecisionGround;
import se.ebba.decision.domain.DecisionType;
import se.ebba.decision.domain.Outcome;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.UnitView;
import se.ebba.identity.UserView;
import se.ebba.identity.Users;
import se.ebba.identity.Units;
import se.ebba.identity.domain.Role;
import se.ebba.payment.domain.PainAccount;
import se.ebba.support.Api;
import se.ebba.support.Households;

/**
 * A unit of its own with a caseworker, a cashier (password {@link Api#PASSWORD}) and a debtor account,
 * and VERIFIED payments of granted decisions there, inserted with SQL as the cashier's verification
 * would leave them: per case, the rent to the landlord's bankgiro and the rest to the applicant's account.
 */
public final class RunTestData {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final SecureRandom RANDOM = new SecureRandom();

    public record RunUnit(UnitView unit, CurrentUser caseworker, CurrentUser cashier) {
    }

    private final Units units;
    private final Users users;
    private final Delegations delegations;
    private final CaseFiles caseFiles;
    private final Applications applications;
    private final Calculations calculations;
    private final Decisions decisions;
    private final PaymentRuns runs;
    private final JdbcClient jdbc;
    private final Clock clock;

    public RunTestData(ApplicationContext context) {
        this.units = context.getBean(Units.class);
        this.users = context.getBean(Users.class);
        this.delegations = context.getBean(Delegations.class);
        this.caseFiles = context.getBean(CaseFiles.class);
        this.applications = context.getBean(Applications.class);
        this.calculations = context.getBean(Calculations.class);
        this.decisions = context.getBean(Decisions.class);
        this.runs = context.getBean(PaymentRuns.class);
        this.jdbc = context.getBean(JdbcClient.class);
        this.clock = context.getBean(Clock.class);
    }

    public RunUnit unit() {
        int n = NEXT.incrementAndGet();
        String tag = n + "x" + System.nanoTime() % 1_000_000;
        UnitView unit = units.create("KORN" + tag.toUpperCase(), "Körningsenheten " + tag, List.of("Körningsdistrikt " + tag));
        CurrentUser caseworker = current(users.createDemoUser(new Users.NewUser("handlaggare.korn" + tag, "Kai Körning", Api.PASSWORD,
                EnumSet.of(Role.CASEWORKER), Set.of(unit.id()), false)));
        CurrentUser cashier = current(users.createDemoUser(new Users.NewUser("kassa.korn" + tag, "Kaj Kassa", Api.PASSWORD,
                EnumSet.of(Role.CASHIER), Set.of(unit.id()), false)));
        CurrentUser admin = current(users.createDemoUser(new Users.NewUser("admin.korn" + tag, "Ada Körning", Api.PASSWORD,
                EnumSet.of(Role.ADMIN), Set.of(), false)));
        delegations.add(unit.id(), new Delegations.NewRule("3.2", DecisionType.LIVELIHOOD_SUPPORT, Role.CASEWORKER, 30_000L,
                LocalDate.of(2025, 7, 1), "Test: delegationsordning § 1"), admin);
        runs.recordDebtorAccount(new PaymentRuns.NewDebtorAccount(unit.id(), LocalDate.of(2025, 1, 1), "Ebba testkommun", "2129999997",
                null, "9991233", "EBBASESS", "Test: fiktivt bankgiro"), "test");
        return new RunUnit(unit, caseworker, cashier);
    }

    /** Granted decisions in as many new cases, each paid as two VERIFIED payments due on the date; returns the payments' ids. */
    public List<UUID> verifiedPayments(RunUnit u, int cases, LocalDate paymentDate) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
            Decision decision = grantedDecision(u);
            ids.add(insert(u, decision, "LANDLORD", "Bostadsbolaget Demo AB", new PainAccount(PainAccount.Kind.BANKGIRO, null, "9991241"),
                    6_000, paymentDate));
            ids.add(insert(u, decision, "APPLICANT", "Karolina Körning", new PainAccount(PainAccount.Kind.BANK_ACCOUNT, "8327", "912345674"),
                    4_000 + i, paymentDate));
        }
        return ids;
    }

    /** A granted decision in a new case paid as one PROPOSED payment to the applicant, decided by {@code decider}; returns its id. */
    public UUID proposedPayment(RunUnit u, CurrentUser decider, LocalDate paymentDate) {
        Decision decision = grantedDecision(u);
        UUID id = insert(u, decision, "APPLICANT", "Karolina Körning", new PainAccount(PainAccount.Kind.BANK_ACCOUNT, "5001", "1234563"),
                4_000, paymentDate);
        jdbc.sql("update payment set state = 'PROPOSED', version = 0, decided_by = :by where id = :id").param("by", decider.id().value())
                .param("id", id).update();
        return id;
    }

    private Decision grantedDecision(RunUnit u) {
        CaseRef caseRef = caseFiles.registerHousehold(new HouseholdRegistration(u.unit().id(),
                PersonInput.of(Households.personalNumber("19870304"), "Karolina", "Körning"), null, List.of(), List.of(), null), u.caseworker());
        YearMonth month = YearMonth.now(clock).plusMonths(1);
        Application application = applications.register(caseRef.id(), new Applications.NewApplication(ApplicationKind.FIRST, month,
                LocalDate.now(clock), List.of(new Applications.NewItem(ItemKind.LIVELIHOOD_SUPPORT, null, null))), u.caseworker());
        calculations.save(caseRef.id(), u.unit().id(), new CalculationInput(month, List.of(
                new CalculationInput.Member(MemberRole.APPLICANT, LocalDate.of(1987, 3, 4), false, false)), null,
                List.of(new CalculationInput.Cost(CostType.HOUSING, 6_000)), List.of(), null, null), u.caseworker().id());
        return decisions.decide(caseRef.id(), application.id(), new DecisionDraft(List.of(new DecisionDraft.ItemDecision(
                application.items().getFirst().id(), Outcome.GRANTED, null)), DecisionGround.NEED_ASSESSMENT, "", null), u.caseworker());
    }

    private UUID insert(RunUnit u, Decision decision, String kind, String name, PainAccount account, long amount, LocalDate paymentDate) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into payment (id, unit_id, case_id, decision_id, benefit_month, amount, recipient_kind, recipient_name, account_kind,
                                             clearing_number, account_number, payment_date, decided_by, reference, state, version, created_at)
                        values (:id, :unit, :case, :decision, :month, :amount, :kind, :name, :accountKind, :clearing, :account, :date,
                                :decidedBy, :reference, 'VERIFIED', 1, :at)
                        """)
                .param("id", id).param("unit", u.unit().id().value()).param("case", decision.caseId()).param("decision", decision.id())
                .param("month", YearMonth.now(clock).plusMonths(1).atDay(1)).param("amount", amount).param("kind", kind).param("name", name)
                .param("accountKind", account.kind().name()).param("clearing", account.clearingNumber()).param("account", account.accountNumber())
                .param("date", paymentDate).param("decidedBy", u.caseworker().id().value()).param("reference", reference())
                .param("at", clock.instant().atOffset(ZoneOffset.UTC))
                .update();
        return id;
    }

    static String reference() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder text = new StringBuilder("P");
        for (int i = 0; i < 15; i++) {
            text.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private static CurrentUser current(UserView u) {
        return new CurrentUser(u.id(), u.username(), u.displayName(), u.units(), u.roles(), u.protectedIdentityAccess());
    }
}
