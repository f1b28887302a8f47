package se.ebba.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.ebba.calculation.Calculations;
import se.ebba.calculation.domain.CalculationInput;
import se.ebba.calculation.domain.CostType;
import se.ebba.calculation.domain.IncomeType;
import se.ebba.calculation.domain.MemberRole;
import se.ebba.casefile.CaseFiles;
import se.ebba.casefile.CaseRef;
import se.ebba.casefile.HouseholdRegistration;
import se.ebba.casefile.HouseholdRegistration.PersonInput;
import se.ebba.casefile.domain.CaseState;
import se.ebba.decision.Decisions;
import se.ebba.decision.domain.DecisionDraft;
import se.ebba.decision.domain.DecisionGround;
import se.ebba.decision.domain.Outcome;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.domain.UnitId;
import se.ebba.monthly.MonthlyApplications;
import se.ebba.monthly.MonthlyApplications.MonthlyDraft;
import se.ebba.monthly.domain.Deposit;
import se.ebba.monthly.domain.MonthlyFacts;
import se.ebba.monthly.domain.Statement;

/**
 * Demo monthly applications in Östermalm: two ongoing households whose current month was applied for,
 * complete and granted by the payment officer; for the coming month one has handed in a complete
 * application and the other an incomplete one (a statement ends too early, no Swish history) with a
 * request. Loaded inside the demo organisation's transaction when {@link DemoData} publishes
 * {@link Load} (one line there). All people are fictitious.
 */
@Component
@Profile("demo")
class MonthlyDemo {

    /** Asks for the demo monthly applications of the unit. */
    record Load(UnitId unit, CurrentUser intake, CurrentUser caseworker, CurrentUser paymentOfficer) {
    }

    private static final Set<String> ALL = Set.of("SIGNED_APPLICATION", "INCOME_DOCUMENTS", "SWISH_HISTORY", "COST_DOCUMENTS");

    private final CaseFiles caseFiles;
    private final MonthlyApplications monthly;
    private final Calculations calculations;
    private final Decisions decisions;
    private final Clock clock;

    MonthlyDemo(CaseFiles caseFiles, MonthlyApplications monthly, Calculations calculations, Decisions decisions, Clock clock) {
        this.caseFiles = caseFiles;
        this.monthly = monthly;
        this.calculations = calculations;
        this.decisions = decisions;
        this.clock = clock;
    }

    @EventListener
    void on(Load load) {
        LocalDate today = LocalDate.now(clock);
        YearMonth current = YearMonth.from(today);
        // Birth day 14 → Karin Ek; birth day 22 → Jonas Berg.
        CaseRef complete = ongoing(load, DemoData.pnr("19850314", "962"), "Ronja", "Forsberg-Demo");
        CaseRef incomplete = ongoing(load, DemoData.pnr("19920822", "964"), "Hugo", "Lindblad-Demo");
        CalculationInput ronja = input(current, LocalDate.of(1985, 3, 14), 6_100, 2_400);
        CalculationInput hugo = input(current, LocalDate.of(1992, 8, 22), 5_400, 0);

        decidedMonth(complete, ronja, "Demobanken 8123-4, 903 112 457", today, load);
        decidedMonth(incomplete, hugo, "Exempelbanken 5001 22 33 444", today, load);

        LocalDate lastMonthEnd = today.withDayOfMonth(1).minusDays(1);
        LocalDate lastMonthStart = lastMonthEnd.withDayOfMonth(1);
        // Ronja's came in within the window (the 12th, or today early in the month); Hugo's today, late after the 15th.
        LocalDate onTime = today.getDayOfMonth() >= 12 ? today.withDayOfMonth(12) : today;
        monthly.register(complete.id(), new MonthlyDraft(current.plusMonths(1), onTime, new MonthlyFacts(
                input(current.plusMonths(1), LocalDate.of(1985, 3, 14), 6_250, 2_400),
                List.of(new Statement("Demobanken 8123-4, 903 112 457", lastMonthStart, lastMonthEnd, List.of(
                        new Deposit(lastMonthStart.plusDays(24), 2_400, OptionalInt.of(0)),
                        new Deposit(lastMonthStart.plusDays(11), 600, OptionalInt.empty())))),
                ALL, "Hyran höjd från och med nästa månad; ny hyresavi bifogad.")), load.paymentOfficer());
        var hugoApplication = monthly.register(incomplete.id(), new MonthlyDraft(current.plusMonths(1), today, new MonthlyFacts(
                input(current.plusMonths(1), LocalDate.of(1992, 8, 22), 5_400, 0),
                List.of(new Statement("Exempelbanken 5001 22 33 444", lastMonthStart, lastMonthEnd.minusDays(10), List.of())),
                Set.of("SIGNED_APPLICATION"), "")), load.paymentOfficer());
        monthly.requestDocuments(incomplete.id(), hugoApplication.application().id(), today.plusDays(7),
                "Skicka det som saknas så snart du kan, så att ansökan kan prövas före utbetalningsdagen.", load.paymentOfficer());
    }

    private CaseRef ongoing(Load load, String pnr, String first, String last) {
        CaseRef ref = caseFiles.registerHousehold(new HouseholdRegistration(load.unit(), new PersonInput(pnr, first, last, false,
                "Demogatan 3", "114 00", "Stockholm"), null, List.of(), List.of(), null), load.intake());
        caseFiles.changeState(ref.id(), 0, CaseState.OPEN_ONGOING, "Remitterad till ekonomigruppen med förändringsplan", load.caseworker());
        return ref;
    }

    /** This month's application, received last month, complete, calculated and granted by the payment officer. */
    private void decidedMonth(CaseRef c, CalculationInput input, String account, LocalDate today, Load load) {
        LocalDate received = today.minusMonths(1).withDayOfMonth(12);
        LocalDate end = received.withDayOfMonth(1).minusDays(1);
        List<Deposit> deposits = input.incomes().isEmpty() ? List.of()
                : List.of(new Deposit(end.withDayOfMonth(25), input.incomes().getFirst().amount(), OptionalInt.of(0)));
        var registered = monthly.register(c.id(), new MonthlyDraft(input.month(), received, new MonthlyFacts(input,
                List.of(new Statement(account, end.withDayOfMonth(1), end, deposits)), ALL, "")), load.paymentOfficer());
        calculations.save(c.id(), load.unit(), input, load.paymentOfficer().id());
        decisions.decide(c.id(), registered.application().id(), new DecisionDraft(List.of(new DecisionDraft.ItemDecision(
                registered.application().items().getFirst().id(), Outcome.GRANTED, null)), DecisionGround.NEED_ASSESSMENT, "", null),
                load.paymentOfficer());
    }

    private static CalculationInput input(YearMonth month, LocalDate born, long rent, long salary) {
        return new CalculationInput(month, List.of(new CalculationInput.Member(MemberRole.APPLICANT, born, false, false)), null,
                List.of(new CalculationInput.Cost(CostType.HOUSING, rent), new CalculationInput.Cost(CostType.ELECTRICITY, 350)),
                salary == 0 ? List.of() : List.of(new CalculationInput.Income(0, IncomeType.SALARY, salary, false, 0)), List.of(), List.of());
    }
}
