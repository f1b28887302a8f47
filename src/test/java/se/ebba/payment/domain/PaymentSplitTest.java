package se.ebba.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.domain.UserId;
import se.ebba.payment.domain.PaymentSplit.Share;

class PaymentSplitTest {

    @Test
    void theRentGoesToTheLandlordAndTheRestToTheApplicant() {
        assertThat(PaymentSplit.of(11_000, 6_000, true))
                .containsExactly(new Share(RecipientKind.LANDLORD, 6_000), new Share(RecipientKind.APPLICANT, 5_000));
    }

    @Test
    void theLandlordNeverGetsMoreThanTheGrantedTotal() {
        assertThat(PaymentSplit.of(4_000, 6_000, true)).containsExactly(new Share(RecipientKind.LANDLORD, 4_000));
    }

    @Test
    void withoutTheRentInstructionEverythingGoesToTheApplicant() {
        assertThat(PaymentSplit.of(11_000, 6_000, false)).containsExactly(new Share(RecipientKind.APPLICANT, 11_000));
        assertThat(PaymentSplit.of(0, 6_000, true)).isEmpty();
    }

    @Test
    void aChangedDecisionPaysTheDifferenceOrShowsAnOverpayment() {
        assertThat(PaymentSplit.difference(5_500, 5_000)).isEqualTo(500);
        assertThat(PaymentSplit.difference(4_000, 5_000)).isEqualTo(-1_000);
    }

    @Test
    void thePaymentDateIsTheWindowsFirstWeekdayInTheMonthBefore() {
        PaymentWindow w = PaymentWindow.DEFAULT;
        // 2026-10-25 is a Sunday: the next weekday
        assertThat(w.paymentDate(YearMonth.of(2026, 11), LocalDate.of(2026, 10, 1))).isEqualTo(LocalDate.of(2026, 10, 26));
        assertThat(w.paymentDate(YearMonth.of(2026, 12), LocalDate.of(2026, 11, 2))).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(new PaymentWindow(27, 30, LocalDate.of(2026, 1, 1), "Nämndbeslut").paymentDate(YearMonth.of(2026, 12),
                LocalDate.of(2026, 11, 2))).isEqualTo(LocalDate.of(2026, 11, 27));
    }

    @Test
    void aPaymentDateThatHasPassedIsTheNextWeekday() {
        LocalDate friday = LocalDate.of(2026, 11, 27);
        assertThat(friday.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(PaymentWindow.DEFAULT.paymentDate(YearMonth.of(2026, 12), friday)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(PaymentWindow.DEFAULT.paymentDate(YearMonth.of(2026, 11), friday)).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void theAccountInForceIsTheLatestFromItsDateAndARentInstructionCanEnd() {
        CaseId c = new CaseId(UUID.randomUUID());
        Actor by = new Actor(new UserId(UUID.randomUUID()), "Sara Holm");
        PaymentAccount bg = PaymentAccount.Bankgiro.of("5050-1055", "bankgiro");
        PaymentAccount old = PaymentAccount.BankAccount.of("5001", "1234563", "c", "a");
        PaymentAccount current = PaymentAccount.BankAccount.of("8327-9", "1234567897", "c", "a");
        Instant t = Instant.parse("2026-11-01T10:00:00Z");
        CaseAccounts accounts = new CaseAccounts(List.of(
                RegisteredAccount.register(c, RecipientKind.APPLICANT, "Tindra", old, false, LocalDate.of(2026, 1, 1), "Kontobevis", by, t),
                RegisteredAccount.register(c, RecipientKind.APPLICANT, "Tindra", current, false, LocalDate.of(2026, 11, 1), "Nytt konto", by,
                        t.plusSeconds(1)),
                RegisteredAccount.register(c, RecipientKind.LANDLORD, "Bostads AB", bg, true, LocalDate.of(2026, 6, 1), "Hyresskuld", by, t),
                RegisteredAccount.register(c, RecipientKind.LANDLORD, "", null, false, LocalDate.of(2026, 12, 1), "Skulden betald", by, t)));
        assertThat(accounts.recipient(RecipientKind.APPLICANT, LocalDate.of(2026, 10, 25)).orElseThrow().account()).isEqualTo(old);
        assertThat(accounts.recipient(RecipientKind.APPLICANT, LocalDate.of(2026, 11, 25)).orElseThrow().account()).isEqualTo(current);
        assertThat(accounts.rentToLandlord(LocalDate.of(2026, 5, 25))).isFalse();
        assertThat(accounts.rentToLandlord(LocalDate.of(2026, 11, 25))).isTrue();
        assertThat(accounts.rentToLandlord(LocalDate.of(2026, 12, 25))).isFalse();
    }
}
