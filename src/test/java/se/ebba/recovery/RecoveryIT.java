package se.ebba.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import se.ebba.casefile.CaseFiles;
import se.ebba.casefile.CaseRef;
import se.ebba.casefile.HouseholdRegistration;
import se.ebba.casefile.HouseholdRegistration.PersonInput;
import se.ebba.casefile.domain.CaseId;
import se.ebba.casefile.domain.CaseState;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.Users;
import se.ebba.recovery.domain.ClosedAs;
import se.ebba.recovery.domain.DiscoveryMethod;
import se.ebba.recovery.domain.IncorrectPayment;
import se.ebba.recovery.domain.IncorrectPaymentId;
import se.ebba.recovery.domain.PaymentCause;
import se.ebba.recovery.domain.RecoveryGround;
import se.ebba.recovery.domain.RecoveryMatter;
import se.ebba.recovery.domain.RecoveryMatter.DecisionDraft;
import se.ebba.shared.ForbiddenException;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.NotFoundException;
import se.ebba.support.EbbaIntegrationTest;
import se.ebba.support.Eventually;
import se.ebba.support.Households;
import se.ebba.support.TestUsers;

/** Incorrect payments and recovery against the real database, through the module API, with the demo delegation order. */
@EbbaIntegrationTest
@RecordApplicationEvents
class RecoveryIT {

    @Autowired
    Recoveries recoveries;
    @Autowired
    RecoveryDecisions decisions;
    @Autowired
    RecoveryRegister register;
    @Autowired
    CaseFiles caseFiles;
    @Autowired
    Users users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    ApplicationEvents events;

    CurrentUser user(String name) {
        return TestUsers.loggedIn(users, name);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    CaseRef ongoingCase(String lastName) {
        CaseRef ref = caseFiles.registerHousehold(new HouseholdRegistration(user("mottagning.ost").units().iterator().next(),
                PersonInput.of(Households.personalNumber("19850107"), "Test", lastName), null, List.of(), List.of(), null),
                user("mottagning.ost"));
        caseFiles.changeState(ref.id(), 0, CaseState.OPEN_ONGOING, "Remitterad", user("handlaggare.ost"));
        return ref;
    }

    IncorrectPaymentId registered(CaseRef c, PaymentCause cause, long amount) {
        YearMonth month = YearMonth.from(today()).minusMonths(3);
        return recoveries.register(c.id(), new IncorrectPayment.Report(month, month.plusMonths(1), amount, cause, DiscoveryMethod.AUTHORITY_CHECK,
                "Sara Holm", today().minusDays(1), month.atDay(25), "Sjukpenning från Försäkringskassan redovisades inte."), user("ekonomi.ost"));
    }

    DecisionDraft draft(CaseRef c, long amount, RecoveryGround ground) {
        YearMonth month = YearMonth.from(today()).minusMonths(3);
        return new DecisionDraft(today(), ground, null, amount, month, month.plusMonths(1), "Sjukpenningen redovisades inte i ansökan.");
    }

    long logRows(CaseId id, String action) {
        return jdbc.sql("select count(*) from access_log where case_id = :id and action = :action").param("id", id.value())
                .param("action", action).query(Long.class).single();
    }

    long steps(IncorrectPaymentId id, String kind) {
        return jdbc.sql("select count(*) from recovery_step where incorrect_payment_id = :id and kind = :kind").param("id", id.value())
                .param("kind", kind).query(Long.class).single();
    }

    @Test
    void anIncorrectPaymentGoesToFutIsDecidedWithinDelegationAndIsRepaidByPlan() {
        CaseRef c = ongoingCase("Återbetalare");
        IncorrectPaymentId id = registered(c, PaymentCause.APPLICANT_DID_NOT_REPORT, 3_000);
        assertThat(events.stream(RecoveryOpened.class)).anyMatch(e -> e.caseId().equals(c.id()));

        CurrentUser fut = user("fut.ost");
        recoveries.handTo(c.id(), id, fut.id(), "Utred inkomsten.", user("ekonomi.ost"));
        assertThat(register.show(fut).mine()).anyMatch(m -> m.payment().id().equals(id));
        recoveries.note(c.id(), id, true, "Förslag: återkrav av 3 000 kr enligt 33 kap. 1 §.", fut);

        RecoveryMatter decided = decisions.decide(c.id(), id, draft(c, 3_000, RecoveryGround.DID_NOT_REPORT_CHANGE), user("teamledare.ost"));
        assertThat(decided.decision().orElseThrow().legalBasisLines().getFirst()).isEqualTo("33 kap. 1 § socialtjänstlagen (2025:400)");
        assertThat(decided.decision().orElseThrow().delegation()).startsWith("5.1 ");

        recoveries.agreePlan(c.id(), id, 1_000L, YearMonth.from(today()).plusMonths(1), today(), user("ekonomi.ost"));
        recoveries.repay(c.id(), id, today(), 1_000L, user("ekonomi.ost"));
        RecoveryMatter repaid = recoveries.repay(c.id(), id, today(), 2_000L, user("ekonomi.ost"));

        assertThat(repaid.balance()).isZero();
        assertThat(repaid.closing().orElseThrow().closedAs()).isEqualTo(ClosedAs.REPAID);
        assertThat(events.stream(RecoveryClosed.class)).anyMatch(e -> e.caseId().equals(c.id()));
        assertThat(steps(id, "REPAYMENT")).isEqualTo(2);
        assertThat(logRows(c.id(), "REGISTER_INCORRECT_PAYMENT")).isEqualTo(1);
        assertThat(logRows(c.id(), "DECIDE_RECOVERY")).isEqualTo(1);
        assertThat(logRows(c.id(), "RECORD_RECOVERY_STEP")).isEqualTo(5);
        assertThat(jdbc.sql("select count(*) from access_log where case_id = :id and subject_type = 'RECOVERY' and subject_id = :m")
                .param("id", c.id().value()).param("m", id.value()).query(Long.class).single()).isEqualTo(7);
        Eventually.await(() -> jdbc.sql("select opened = 1 and closed = 1 from worklist_recovery where case_id = :id")
                .param("id", c.id().value()).query(Boolean.class).optional().orElse(false), Duration.ofSeconds(10));
    }

    @Test
    void aDecisionWithoutDelegationIsRefusedAndNothingIsSaved() {
        CaseRef c = ongoingCase("Utandelegation");
        IncorrectPaymentId id = registered(c, PaymentCause.APPLICANT_WRONG_INFORMATION, 2_000);

        for (String who : List.of("handlaggare.ost", "fut.ost")) {
            assertThatThrownBy(() -> decisions.decide(c.id(), id, draft(c, 2_000, RecoveryGround.WRONG_INFORMATION), user(who)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().getFirst().field()).isEqualTo("amount"))
                    .hasMessageContaining("inte delegation").hasMessageContaining("Beslutet fattas av");
        }
        assertThatThrownBy(() -> decisions.waive(c.id(), id, today(), 100L, "Skäl", user("handlaggare.ost")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(steps(id, "DECISION")).isZero();
        assertThat(logRows(c.id(), "DECIDE_RECOVERY")).isZero();
    }

    @Test
    void theUnitsOwnErrorIsRefusedWithTheReasonAndClosedAsNotRecoverable() {
        CaseRef c = ongoingCase("Enhetsfel");
        IncorrectPaymentId id = registered(c, PaymentCause.UNIT_ERROR, 1_500);

        assertThatThrownBy(() -> decisions.decide(c.id(), id, draft(c, 1_500, RecoveryGround.WRONG_INFORMATION), user("teamledare.ost")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(err -> assertThat(err.message()).contains("enhetens eget fel").contains("kan inte återkrävas")));
        RecoveryMatter closed = recoveries.close(c.id(), id, "Enhetens räknefel; sökanden kunde inte förstå det.", user("teamledare.ost"));

        assertThat(closed.closing().orElseThrow().closedAs()).isEqualTo(ClosedAs.NOT_RECOVERABLE);
        assertThatThrownBy(() -> recoveries.close(c.id(), id, "Igen", user("teamledare.ost"))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anotherUnitAndTheCashierSeeNothingAndOnlyFutAndLeadsSeeTheRegister() {
        CaseRef c = ongoingCase("Hemlig");
        IncorrectPaymentId id = registered(c, PaymentCause.APPLICANT_WRONG_INFORMATION, 1_000);

        assertThatThrownBy(() -> recoveries.ofCase(c.id(), user("handlaggare.bro"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> recoveries.matter(c.id(), id, user("kassa.ost"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> recoveries.note(c.id(), id, false, "Från Bromma", user("fut.bro"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> register.show(user("handlaggare.ost"))).isInstanceOf(ForbiddenException.class);
        assertThat(register.show(user("fut.bro")).matters()).noneMatch(m -> m.payment().id().equals(id));
        assertThat(register.show(user("chef.ost")).matters()).anyMatch(m -> m.payment().id().equals(id));
        assertThat(jdbc.sql("select count(*) from access_log where case_id = :id and action = 'DENIED'").param("id", c.id().value())
                .query(Long.class).single()).isEqualTo(3);

        recoveries.ofCase(c.id(), user("handlaggare.ost"));
        assertThat(logRows(c.id(), "VIEW_RECOVERY")).isEqualTo(1);
    }

    @Test
    void aPoliceReportIsFlaggedAndItsReferenceAddedLaterAsACorrection() {
        CaseRef c = ongoingCase("Anmäld");
        IncorrectPaymentId id = registered(c, PaymentCause.APPLICANT_WRONG_INFORMATION, 5_000);

        recoveries.reportToPolice(c.id(), id, today(), "Eva Sandberg, enhetschef", "", user("fut.ost"));
        RecoveryMatter m = recoveries.reportToPolice(c.id(), id, today(), "Eva Sandberg, enhetschef", "5000-K12345-26", user("fut.ost"));

        assertThat(m.policeReport().orElseThrow().reference()).isEqualTo("5000-K12345-26");
        assertThat(steps(id, "POLICE_REPORT")).isEqualTo(2);
        assertThat(register.show(user("chef.ost")).policeReports()).isPositive();
    }
}
