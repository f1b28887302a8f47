package se.ebba.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.ebba.intake.domain.IntakeFixtures.CASE;
import static se.ebba.intake.domain.IntakeFixtures.INVESTIGATOR;
import static se.ebba.intake.domain.IntakeFixtures.TODAY;
import static se.ebba.intake.domain.IntakeFixtures.by;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.ebba.shared.InvalidInputException;

class FirstMeetingTest {

    static Summons.Booking at(int daysFromToday) {
        return new Summons.Booking(TODAY.plusDays(daysFromToday).atTime(10, 0), "Mottagningen, rum 3", INVESTIGATOR, "Karin Ek");
    }

    static Summons withOutcome(Summons s, MeetingOutcome o) {
        return new Summons(s.id(), s.caseId(), s.meetingAt(), s.place(), s.investigator(), s.investigatorName(), s.sentOn(), s.replaces(),
                s.booked(), o);
    }

    @Test
    void theFirstBookingIsSentTodayWithTimePlaceAndInvestigator() {
        Summons booked = new FirstMeeting(CASE, List.of()).book(at(5), TODAY, by("Maja", 0));

        assertThat(booked.sentOn()).isEqualTo(TODAY);
        assertThat(booked.meetingOn()).isEqualTo(TODAY.plusDays(5));
        assertThat(booked.investigatorName()).isEqualTo("Karin Ek");
        assertThat(booked.replacedBooking()).isEmpty();
    }

    @Test
    void aMeetingCannotBeBookedInThePastOrWithoutPlaceAndInvestigator() {
        assertThatThrownBy(() -> new FirstMeeting(CASE, List.of()).book(new Summons.Booking(TODAY.minusDays(1).atTime(9, 0), " ", null, null),
                TODAY, by("Maja", 0)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field).containsExactly("date", "place", "investigator"));
    }

    @Test
    void aSecondTimeIsBookedOnlyAfterTheFirstWasCancelledOrMissedAndReplacesIt() {
        Summons first = new FirstMeeting(CASE, List.of()).book(at(3), TODAY, by("Maja", 0));
        assertThatThrownBy(() -> new FirstMeeting(CASE, List.of(first)).book(at(4), TODAY, by("Maja", 1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Det finns redan ett bokat besök");

        MeetingOutcome cancelled = new FirstMeeting(CASE, List.of(first)).record(first.id(), MeetingOutcomeKind.CANCELLED, TODAY, "Sjuk",
                TODAY, by("Maja", 2));
        FirstMeeting afterCancel = new FirstMeeting(CASE, List.of(withOutcome(first, cancelled)));
        assertThat(afterCancel.mayBook()).isTrue();
        Summons second = afterCancel.book(at(7), TODAY, by("Maja", 3));
        assertThat(second.replacedBooking()).contains(first.id());
    }

    @Test
    void aHeldMeetingCannotBeHeldBeforeItsDayAndNothingIsBookedAfterIt() {
        Summons today = new FirstMeeting(CASE, List.of()).book(at(0), TODAY, by("Maja", 0));
        FirstMeeting meeting = new FirstMeeting(CASE, List.of(today));
        assertThatThrownBy(() -> meeting.record(today.id(), MeetingOutcomeKind.HELD, TODAY.plusDays(1), "", TODAY, by("Karin", 1)))
                .isInstanceOf(InvalidInputException.class).hasMessage("Datumet kan inte ligga i framtiden.");

        MeetingOutcome held = meeting.record(today.id(), MeetingOutcomeKind.HELD, TODAY, "", TODAY, by("Karin", 1));
        FirstMeeting done = new FirstMeeting(CASE, new ArrayList<>(List.of(withOutcome(today, held))));
        assertThat(done.held()).contains(held);
        assertThat(done.mayBook()).isFalse();
        assertThatThrownBy(() -> done.book(at(3), TODAY, by("Maja", 2))).hasMessageContaining("redan genomfört");
        assertThatThrownBy(() -> done.record(today.id(), MeetingOutcomeKind.NO_SHOW, TODAY, "", TODAY, by("Karin", 3)))
                .hasMessageContaining("redan registrerat");
    }

    @Test
    void aMeetingBookedForLaterCannotBeRecordedAsHeldOrMissedBeforeItsDay() {
        Summons later = new FirstMeeting(CASE, List.of()).book(at(5), TODAY, by("Maja", 0));

        assertThatThrownBy(() -> new FirstMeeting(CASE, List.of(later)).record(later.id(), MeetingOutcomeKind.NO_SHOW, TODAY, "", TODAY,
                by("Karin", 1))).hasMessageContaining("kan inte ha hållits eller missats före dess");
    }
}
