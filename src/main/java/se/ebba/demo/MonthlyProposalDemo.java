package se.ebba.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
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
import se.ebba.casefile.domain.CaseId;
import se.ebba.decision.Decisions;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.domain.UnitId;
import se.ebba.monthly.AutomaticGrantSettingsService;
import se.ebba.monthly.MonthlyApplicationCompleted;
import se.ebba.monthly.MonthlyProposals;

/**
 * Demo proposals for next month in Östermalm, with the unit's rule for automatic grant on (up to
 * 12 000 kr): one household whose month is unchanged (granted automatically), one whose rent went up
 * and whose account shows an unaccounted deposit (waits for the payment officer), and one first
 * monthly application. Last month is decided in the demo organisation's transaction; the completions
 * are published once the support month of the decisions is recorded. All people are fictitious.
 */
@Component
@Profile("demo")
class MonthlyProposalDemo {

    private static final Logger log = LoggerFactory.getLogger(MonthlyProposalDemo.class);

    /** Asks for the demo proposals of the unit. */
    record Load(UnitId unit, CurrentUser intake, CurrentUser paymentOfficer, CurrentUser unitManager) {
    }

    /** Completions to publish once last month's decisions are recorded as months with support. */
    record Complete(List<MonthlyApplicationCompleted> completions, List<CaseId> grantedLastMonth, YearMonth lastMonth) {
    }

    private final CaseFiles caseFiles;
    private final Applications applications;
    private final Calculations calculations;
    private final Decisions decisions;
    private final AutomaticGrantSettingsService automaticGrant;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    MonthlyProposalDemo(CaseFiles caseFiles, Applications applications, Calculations calculations, Decisions decisions,
                        AutomaticGrantSettingsService automaticGrant, ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
        this.caseFiles = caseFiles;
        this.applications = applications;
        this.calculations = calculations;
        this.decisions = decisions;
        this.automaticGrant = automaticGrant;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener
    void on(Load load) {
        automaticGrant.change(load.unit(), new AutomaticGrantSettingsService.NewRule(LocalDate.now(clock), true, 12_000L,
                "Demo: socialnämndens beslut om automatiskt beviljande av återkommande ansökningar"), load.unitManager());
        YearMonth next = YearMonth.now(clock).plusMonths(1);
        CurrentUser sara = load.paymentOfficer();
        List<MonthlyApplicationCompleted> completions = new ArrayList<>();
        List<CaseId> granted = new ArrayList<>();

        // Unchanged since last month: granted automatically under the unit's rule.
        CaseId lind = household(load, "19880315", "952", "Elin", "Lindqvist", "Karlavägen 61", "114 49");
        grant(lind, next.minusMonths(1), 5_800, sara);
        granted.add(lind);
        completions.add(completed(lind, next, 5_800, List.of(), sara));

        // The rent went up and a deposit is not accounted for: waits for the payment officer.
        CaseId holm = household(load, "19760923", "954", "Tobias", "Holmgren", "Valhallavägen 120", "115 31");
        grant(holm, next.minusMonths(1), 5_600, sara);
        granted.add(holm);
        completions.add(completed(holm, next, 6_100,
                List.of(new MonthlyApplicationCompleted.Deposit("Privatkonto 8327-9, 123 456 789-0", LocalDate.now(clock).minusDays(6), 4_500)), sara));

        // A first monthly application: nothing to compare with.
        CaseId sand = household(load, "19950704", "956", "Lovisa", "Sandström", "Banérgatan 12", "115 22");
        completions.add(completed(sand, next, 5_200, List.of(), sara));

        events.publishEvent(new Complete(completions, granted, next.minusMonths(1)));
    }

    /**
     * Completes the month once last month's grants are recorded (by the listeners of their decisions).
     * The wait runs on a thread of its own, not on the event listeners' bounded pool, where it would
     * hold a thread the listeners it waits for need.
     */
    @TransactionalEventListener(fallbackExecution = true)
    void on(Complete complete) {
        Thread.ofVirtual().name("demo-monthly-completion").start(() -> {
            try {
                for (int i = 0; i < 600 && !complete.grantedLastMonth().stream()
                        .allMatch(c -> calculations.livelihoodSupportGranted(c, complete.lastMonth())); i++) {
                    Thread.sleep(100);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            transactions.executeWithoutResult(status -> complete.completions().forEach(events::publishEvent));
            log.info("Demo monthly applications completed: {}", complete.completions().size());
        });
    }

    private CaseId household(Load load, String born, String serial, String first, String last, String street, String postalCode) {
        CaseRef ref = caseFiles.registerHousehold(new HouseholdRegistration(load.unit(), new PersonInput(DemoData.pnr(born, serial), first, last,
                false, street, postalCode, "Stockholm"), null, List.of(), List.of(), null), load.intake());
        return ref.id();
    }

    private static CalculationInput input(YearMonth month, long rent) {
        return new CalculationInput(month, List.of(new CalculationInput.Member(MemberRole.APPLICANT, LocalDate.of(1985, 1, 1), false, false)),
                null, List.of(new CalculationInput.Cost(CostType.HOUSING, rent)), List.of(), null, null);
    }

    private Application register(CaseId caseId, YearMonth month, CurrentUser by) {
        return applications.register(caseId, new Applications.NewApplication(ApplicationKind.MONTHLY, month, LocalDate.now(clock),
                List.of(new Applications.NewItem(ItemKind.LIVELIHOOD_SUPPORT, null, null))), by);
    }

    private void grant(CaseId caseId, YearMonth month, long rent, CurrentUser by) {
        Application application = register(caseId, month, by);
        calculations.save(caseId, by.units().iterator().next(), input(month, rent), by.id());
        decisions.decide(caseId, application.id(), MonthlyProposals.fullGrant(application), by);
    }

    private MonthlyApplicationCompleted completed(CaseId caseId, YearMonth month, long rent, List<MonthlyApplicationCompleted.Deposit> deposits,
                                                  CurrentUser by) {
        Application application = register(caseId, month, by);
        applications.markComplete(caseId, application.id(), "Alla underlag har kommit in.", by);
        return new MonthlyApplicationCompleted(caseId, application.id(), month, Instant.now(clock), false, input(month, rent), deposits);
    }
}
