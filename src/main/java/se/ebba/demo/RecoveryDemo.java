package se.ebba.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.ebba.casefile.CaseFiles;
import se.ebba.casefile.CaseRef;
import se.ebba.casefile.HouseholdRegistration;
import se.ebba.casefile.HouseholdRegistration.PersonInput;
import se.ebba.casefile.domain.CaseState;
import se.ebba.decision.Delegations;
import se.ebba.decision.domain.DecisionType;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.UserView;
import se.ebba.identity.Users;
import se.ebba.identity.domain.Role;
import se.ebba.identity.domain.UnitId;
import se.ebba.recovery.Recoveries;
import se.ebba.recovery.RecoveryDecisions;
import se.ebba.recovery.domain.DiscoveryMethod;
import se.ebba.recovery.domain.IncorrectPayment;
import se.ebba.recovery.domain.IncorrectPaymentId;
import se.ebba.recovery.domain.PaymentCause;
import se.ebba.recovery.domain.RecoveryGround;
import se.ebba.recovery.domain.RecoveryMatter.DecisionDraft;

/**
 * Demo recoveries: the delegation for recovery decisions in both units, and in Östermalm one
 * incorrect payment handed to FUT and one with a recovery decision, a repayment plan and a first
 * repayment. Loaded inside the demo organisation's transaction when {@link DemoData} publishes
 * {@link Load} (one line there). All people are fictitious.
 */
@Component
@Profile("demo")
class RecoveryDemo {

    /** Asks for the demo recoveries: the units, the administrator who adds the delegation, and the intake officer who registers households. */
    record Load(UnitId ostermalm, UnitId bromma, CurrentUser admin, CurrentUser intake) {
    }

    private final CaseFiles caseFiles;
    private final Delegations delegations;
    private final Users users;
    private final Recoveries recoveries;
    private final RecoveryDecisions decisions;
    private final Clock clock;

    RecoveryDemo(CaseFiles caseFiles, Delegations delegations, Users users, Recoveries recoveries, RecoveryDecisions decisions, Clock clock) {
        this.caseFiles = caseFiles;
        this.delegations = delegations;
        this.users = users;
        this.recoveries = recoveries;
        this.decisions = decisions;
        this.clock = clock;
    }

    @EventListener
    void on(Load load) {
        String source = "Demo: fiktiv delegationsordning, socialnämndens beslut 2025-06-12 § 7";
        LocalDate from = LocalDate.of(2025, 7, 1);
        for (UnitId unit : List.of(load.ostermalm(), load.bromma())) {
            delegations.add(unit, new Delegations.NewRule("5.1", DecisionType.RECOVERY, Role.TEAM_LEAD, 50_000L, from, source), load.admin());
            delegations.add(unit, new Delegations.NewRule("5.2", DecisionType.RECOVERY, Role.UNIT_MANAGER, null, from, source), load.admin());
        }
        CurrentUser officer = user(load.ostermalm(), Role.PAYMENT_OFFICER);
        CurrentUser fut = user(load.ostermalm(), Role.FRAUD_INVESTIGATOR);
        CurrentUser lead = user(load.ostermalm(), Role.TEAM_LEAD);
        LocalDate today = LocalDate.now(clock);
        YearMonth month = YearMonth.from(today);

        // Sickness benefit paid for months already covered by försörjningsstöd: found in a check with Försäkringskassan.
        CaseRef lindholm = ongoing(load, new PersonInput(DemoData.pnr("19760805", "952"), "Selma", "Lindholm", false,
                "Valhallavägen 70", "114 27", "Stockholm"), lead);
        IncorrectPaymentId first = recoveries.register(lindholm.id(), new IncorrectPayment.Report(month.minusMonths(4), month.minusMonths(3),
                9_400L, PaymentCause.APPLICANT_DID_NOT_REPORT, DiscoveryMethod.AUTHORITY_CHECK, "Sara Holm, ekonomihandläggare",
                today.minusDays(6), month.minusMonths(4).atDay(25),
                "Kontroll med Försäkringskassan visade sjukpenning för två månader som inte redovisades i ansökningarna."), officer);
        recoveries.handTo(lindholm.id(), first, fut.id(), "Utred om inkomsten borde ha redovisats och föreslå beslut.", officer);

        // Wages not reported: recovery decided by the team lead, repaid by instalments.
        CaseRef strand = ongoing(load, new PersonInput(DemoData.pnr("19900214", "954"), "Kevin", "Strand", false,
                "Tegnérgatan 3", "111 40", "Stockholm"), lead);
        IncorrectPaymentId second = recoveries.register(strand.id(), new IncorrectPayment.Report(month.minusMonths(7), month.minusMonths(7),
                4_800L, PaymentCause.APPLICANT_WRONG_INFORMATION, DiscoveryMethod.CONTROLS_CALENDAR, "Jonas Berg, handläggare",
                today.minusDays(60), month.minusMonths(7).atDay(25),
                "Lön från timanställning i lager redovisades inte; arbetsgivarens kontrolluppgift visade 4 800 kr."), officer);
        recoveries.handTo(strand.id(), second, fut.id(), "", officer);
        recoveries.note(strand.id(), second, true, "Förslag: återkrav av 4 800 kr enligt 33 kap. 1 § SoL, avbetalning 400 kr per månad.", fut);
        decisions.decide(strand.id(), second, new DecisionDraft(today.minusDays(40), RecoveryGround.WRONG_INFORMATION, null, 4_800L,
                month.minusMonths(7), month.minusMonths(7), "Kevin lämnade inte uppgift om lön i ansökan för månaden trots att han "
                        + "hade fått den. Biståndet betalades därför ut med 4 800 kr för mycket."), lead);
        recoveries.agreePlan(strand.id(), second, 400L, month.minusMonths(1), today.minusDays(35), officer);
        recoveries.repay(strand.id(), second, today.minusDays(20), 400L, officer);
    }

    private CaseRef ongoing(Load load, PersonInput applicant, CurrentUser lead) {
        CaseRef ref = caseFiles.registerHousehold(new HouseholdRegistration(load.ostermalm(), applicant, null, List.of(), List.of(), null),
                load.intake());
        caseFiles.changeState(ref.id(), 0, CaseState.OPEN_ONGOING, "Remitterad till utredningsgruppen med komplett beslutsunderlag", lead);
        return ref;
    }

    private CurrentUser user(UnitId unit, Role role) {
        UserView u = users.withRole(unit, role).getFirst();
        return new CurrentUser(u.id(), u.username(), u.displayName(), u.units(), u.roles(), u.protectedIdentityAccess());
    }
}
