package se.ebba.recovery.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.domain.UnitId;
import se.ebba.identity.domain.UserId;
import se.ebba.recovery.domain.RecoveryMatter.DecisionDraft;
import se.ebba.shared.InvalidInputException;

class RecoveryMatterTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final UserId LEAD = new UserId(UUID.randomUUID());
    static final Decider DECIDER = new Decider(LEAD, "Tor Teamledare", "Teamledare", "3.15 (Återkrav)", "SOL_2025_400", RecoveryPolicyTest.LAW_2025);
    int tick;

    IncorrectPayment payment(PaymentCause cause, LocalDate paidOn) {
        return IncorrectPayment.register(IncorrectPaymentId.random(), new CaseId(UUID.randomUUID()), new UnitId(UUID.randomUUID()), "EB-1",
                new IncorrectPayment.Report(YearMonth.of(2026, 3), YearMonth.of(2026, 4), 6_000L, cause, DiscoveryMethod.AUTHORITY_CHECK,
                        "Karin Ek", paidOn.plusDays(10), paidOn, "Sjukpenning redovisades inte."), LEAD, "Karin Ek", Instant.now(), TODAY);
    }

    Step.Recorder by() {
        return new Step.Recorder(LEAD, "Tor Teamledare", Instant.parse("2026-11-20T10:00:00Z").plusSeconds(tick++));
    }

    RecoveryMatter with(RecoveryMatter m, List<Step> more) {
        List<Step> all = new ArrayList<>(m.steps());
        all.addAll(more);
        return new RecoveryMatter(m.payment(), all);
    }

    RecoveryMatter decided(long amount) {
        RecoveryMatter m = new RecoveryMatter(payment(PaymentCause.APPLICANT_WRONG_INFORMATION, LocalDate.of(2026, 2, 25)), List.of());
        return with(m, List.of(m.decide(new DecisionDraft(TODAY, RecoveryGround.WRONG_INFORMATION, null, amount, YearMonth.of(2026, 3),
                YearMonth.of(2026, 4), "Lön redovisades inte."), DECIDER, TODAY, by())));
    }

    @Test
    void aDecisionCitesTheParagraphAndTheAppealAndNamesTheDelegation() {
        Step d = decided(5_000).decision().orElseThrow();

        assertThat(d.legalBasisLines()).containsExactly("33 kap. 1 § socialtjänstlagen (2025:400)", "35 kap. 1 § socialtjänstlagen (2025:400)");
        assertThat(d.delegation()).isEqualTo("3.15 (Återkrav)");
        assertThat(d.amount()).isEqualTo(5_000);
    }

    @Test
    void theBalanceIsTheDecidedAmountLessRepaymentsAndWaivers() {
        RecoveryMatter m = decided(5_000);
        m = with(m, m.repay(TODAY, 1_000L, TODAY, by()));
        m = with(m, m.waive(TODAY, 1_500L, "Svår ekonomisk situation.", DECIDER, TODAY, by()));

        assertThat(m.repaid()).isEqualTo(1_000);
        assertThat(m.waived()).isEqualTo(1_500);
        assertThat(m.balance()).isEqualTo(2_500);
        assertThat(m.isOpen()).isTrue();
    }

    @Test
    void theLastRepaymentClosesTheMatterAsRepaid() {
        RecoveryMatter m = decided(1_000);
        List<Step> steps = m.repay(TODAY, 1_000L, TODAY, by());
        m = with(m, steps);

        assertThat(steps).extracting(Step::kind).containsExactly(StepKind.REPAYMENT, StepKind.CLOSED);
        assertThat(m.isOpen()).isFalse();
        assertThat(m.closing().orElseThrow().closedAs()).isEqualTo(ClosedAs.REPAID);
        assertThat(m.balance()).isZero();
    }

    @Test
    void aWaiverOfTheWholeClaimClosesTheMatterAsWaived() {
        RecoveryMatter m = decided(2_000);
        m = with(m, m.waive(TODAY, 2_000L, "Eftergift: långvarig sjukdom.", DECIDER, TODAY, by()));

        assertThat(m.closing().orElseThrow().closedAs()).isEqualTo(ClosedAs.WAIVED);
        assertThat(m.waivers().getFirst().legalBasis()).isEqualTo("33 kap. 6 § socialtjänstlagen (2025:400)");
    }

    @Test
    void nothingMoreThanTheBalanceCanBeRepaidOrWaived() {
        RecoveryMatter m = decided(1_000);

        assertThatThrownBy(() -> m.repay(TODAY, 1_001L, TODAY, by())).isInstanceOf(InvalidInputException.class).hasMessageContaining("1\u00a0000 kr");
        assertThatThrownBy(() -> m.waive(TODAY, 1_001L, "Skäl", DECIDER, TODAY, by())).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aDecisionCannotRecoverMoreThanWasPaidWronglyNorMonthsOutsideIt() {
        RecoveryMatter m = new RecoveryMatter(payment(PaymentCause.APPLICANT_WRONG_INFORMATION, LocalDate.of(2026, 2, 25)), List.of());

        assertThatThrownBy(() -> m.decide(new DecisionDraft(TODAY, RecoveryGround.WRONG_INFORMATION, null, 6_001L, YearMonth.of(2026, 5),
                YearMonth.of(2026, 5), "Skäl"), DECIDER, TODAY, by()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(InvalidInputException.FieldError::field)
                        .containsExactly("amount", "firstMonth"));
    }

    @Test
    void theUnitsOwnErrorIsRefusedWithTheReasonOnTheGround() {
        RecoveryMatter m = new RecoveryMatter(payment(PaymentCause.UNIT_ERROR, LocalDate.of(2026, 2, 25)), List.of());

        assertThatThrownBy(() -> m.decide(new DecisionDraft(TODAY, RecoveryGround.WRONG_INFORMATION, null, 1_000L, YearMonth.of(2026, 3),
                YearMonth.of(2026, 3), "Skäl"), DECIDER, TODAY, by()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().getFirst().field()).isEqualTo("ground"))
                .hasMessageContaining("enhetens eget fel");
    }

    @Test
    void theCourtDeadlineIsThreeYearsAfterThePaymentAndShowsOverdueWhileOpen() {
        RecoveryMatter m = decided(1_000);

        assertThat(m.courtDeadline()).isEqualTo(LocalDate.of(2029, 2, 25));
        assertThat(m.overdue(LocalDate.of(2029, 2, 25))).isFalse();
        assertThat(m.overdue(LocalDate.of(2029, 2, 26))).isTrue();
        RecoveryMatter repaid = with(m, m.repay(TODAY, 1_000L, TODAY, by()));
        assertThat(repaid.overdue(LocalDate.of(2029, 2, 26))).isFalse();
    }

    @Test
    void aCorrectedRepaymentNoLongerCountsButIsKept() {
        RecoveryMatter m = decided(3_000);
        m = with(m, m.repay(TODAY, 1_000L, TODAY, by()));
        Step wrong = m.repayments().getFirst();
        m = with(m, List.of(m.correctRepayment(wrong.id(), TODAY, 100L, TODAY, by())));

        assertThat(m.repaid()).isEqualTo(100);
        assertThat(m.balance()).isEqualTo(2_900);
        assertThat(m.steps()).hasSize(3);
        assertThat(m.correctedIds()).containsExactly(wrong.id());
    }

    @Test
    void aClosedMatterTakesNoMoreSteps() {
        RecoveryMatter m = new RecoveryMatter(payment(PaymentCause.UNIT_ERROR, LocalDate.of(2026, 2, 25)), List.of());
        RecoveryMatter closed = with(m, List.of(m.close("Enhetens fel, inte återkravsgrundande.", TODAY, by())));

        assertThat(closed.closing().orElseThrow().closedAs()).isEqualTo(ClosedAs.NOT_RECOVERABLE);
        assertThatThrownBy(() -> closed.note(false, "Mer", TODAY, by())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("avslutat");
    }

    @Test
    void aRepaymentPlanNeedsADecisionFirst() {
        RecoveryMatter m = new RecoveryMatter(payment(PaymentCause.APPLICANT_WRONG_INFORMATION, LocalDate.of(2026, 2, 25)), List.of());

        assertThatThrownBy(() -> m.agreePlan(500L, YearMonth.of(2026, 12), TODAY, TODAY, by())).hasMessageContaining("inget beslut");
    }

    @Test
    void aRegistrationWithoutCauseOrAmountIsRefusedFieldByField() {
        assertThatThrownBy(() -> IncorrectPayment.register(IncorrectPaymentId.random(), new CaseId(UUID.randomUUID()), new UnitId(UUID.randomUUID()),
                "EB-1", new IncorrectPayment.Report(YearMonth.of(2026, 3), YearMonth.of(2026, 2), null, null, DiscoveryMethod.TIP, "X",
                        TODAY, TODAY, "Text"), LEAD, "X", Instant.now(), TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(InvalidInputException.FieldError::field)
                        .containsExactly("lastMonth", "amount", "cause"));
    }
}
