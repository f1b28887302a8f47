package se.ebba.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
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
import se.ebba.casefile.domain.CaseState;
import se.ebba.decision.Decisions;
import se.ebba.decision.domain.DecisionDraft;
import se.ebba.decision.domain.DecisionGround;
import se.ebba.decision.domain.Outcome;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.domain.UnitId;
import se.ebba.payment.CasePayments;
import se.ebba.payment.CasePayments.NewAccount;

/**
 * Demo payments in Östermalm: the applicants' accounts of the demo households, and three households of
 * the ongoing team whose next month is decided, so that the cashier has payments to verify (one of
 * them with the rent to the landlord) and the payment officer a granted month waiting for an account.
 * The accounts pass the banks' check digits but belong to no one; the landlord's bankgiro number is
 * Bankgirot's public test number. Loaded inside the demo organisation's transaction when
 * {@link DemoData} publishes {@link Load}; the payments are proposed when the decisions' events are
 * handled after it commits.
 */
@Component
@Profile("demo")
class PaymentDemo {

    /** Asks for the demo payments of the unit: households registered by intake, decided by the caseworker, accounts given by the payment officer. */
    record Load(UnitId unit, CurrentUser intake, CurrentUser caseworker, CurrentUser paymentOfficer) {
    }

    private final CaseFiles caseFiles;
    private final Applications applications;
    private final Calculations calculations;
    private final Decisions decisions;
    private final CasePayments payments;
    private final Clock clock;

    PaymentDemo(CaseFiles caseFiles, Applications applications, Calculations calculations, Decisions decisions, CasePayments payments,
                Clock clock) {
        this.caseFiles = caseFiles;
        this.applications = applications;
        this.calculations = calculations;
        this.decisions = decisions;
        this.payments = payments;
        this.clock = clock;
    }

    @EventListener
    void on(Load load) {
        CurrentUser officer = load.paymentOfficer();
        // The households the rest of the demo made: their own accounts (fictitious numbers with valid check digits).
        account(load, "Tindra Andersson", "5001", "1234563");
        account(load, "Viktor Nilsson", "3000", "6543219");

        // Birth days 5 and 8 → the first caseworker's range.
        CaseRef holmberg = ongoing(load, new PersonInput(DemoData.pnr("19900505", "954"), "Lina", "Holmberg", false,
                "Birger Jarlsgatan 70", "114 29", "Stockholm"));
        payments.registerApplicantAccount(holmberg.id(), new NewAccount("Lina Holmberg", "BANK_ACCOUNT", "8327-9", "123 456 789-7", null,
                null, "Kontobevis från banken"), officer);
        decideNextMonth(load, holmberg, 5_900);

        CaseRef sjodin = ongoing(load, new PersonInput(DemoData.pnr("19870808", "956"), "Elin", "Sjödin", false,
                "Valhallavägen 150", "115 24", "Stockholm"));
        payments.registerApplicantAccount(sjodin.id(), new NewAccount("Elin Sjödin", "BANK_ACCOUNT", "6000", "123456789", null, null,
                "Kontobevis från banken"), officer);
        payments.registerLandlord(sjodin.id(), new NewAccount("Demobostäder AB", "BANKGIRO", null, null, "5050-1055", null,
                "Hyresskuld; Elin har begärt att hyran betalas direkt till hyresvärden"), officer);
        decideNextMonth(load, sjodin, 6_200);

        // Birth day 2 → the first caseworker; no account yet: the month waits for one.
        CaseRef lundgren = ongoing(load, new PersonInput(DemoData.pnr("19750102", "958"), "Patrik", "Lundgren", false,
                "Rindögatan 12", "115 58", "Stockholm"));
        decideNextMonth(load, lundgren, 5_400);
    }

    private void account(Load load, String name, String clearing, String number) {
        caseFiles.search(name, load.paymentOfficer()).stream().findFirst().map(c -> c.id()).ifPresent((CaseId id) ->
                payments.registerApplicantAccount(id, new NewAccount(name, "BANK_ACCOUNT", clearing, number, null, null,
                        "Kontobevis från banken"), load.paymentOfficer()));
    }

    private CaseRef ongoing(Load load, PersonInput applicant) {
        CaseRef ref = caseFiles.registerHousehold(new HouseholdRegistration(load.unit(), applicant, null, List.of(), List.of(), null),
                load.intake());
        caseFiles.changeState(ref.id(), 0, CaseState.OPEN_ONGOING, "Remitterad till utredningsgruppen med komplett beslutsunderlag",
                load.caseworker());
        return ref;
    }

    /** Next month applied for, calculated with the rent and granted in full by the caseworker. */
    private void decideNextMonth(Load load, CaseRef c, long rent) {
        LocalDate today = LocalDate.now(clock);
        YearMonth month = YearMonth.from(today).plusMonths(1);
        Application application = applications.register(c.id(), new Applications.NewApplication(ApplicationKind.FIRST, month,
                today.minusDays(3), List.of(new Applications.NewItem(ItemKind.LIVELIHOOD_SUPPORT, null, null))), load.caseworker());
        calculations.save(c.id(), load.unit(), new CalculationInput(month, List.of(new CalculationInput.Member(MemberRole.APPLICANT,
                LocalDate.of(1985, 1, 1), false, false)), null, List.of(new CalculationInput.Cost(CostType.HOUSING, rent)), List.of(),
                null, null), load.caseworker().id());
        decisions.decide(c.id(), application.id(), new DecisionDraft(List.of(new DecisionDraft.ItemDecision(
                application.items().getFirst().id(), Outcome.GRANTED, null)), DecisionGround.NEED_ASSESSMENT, "", null), load.caseworker());
    }
}
