package se.ebba.intake.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.domain.UserId;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.InvalidInputException.FieldError;

/**
 * One booking of the first meeting (nybesök) with a named investigator at a time and place, and the
 * summons (kallelse) sent for it on {@code sentOn}. A booking is never changed: what became of it is
 * its {@link MeetingOutcome}, and a new time after a cancelled or missed meeting is a new booking
 * that replaces this one.
 */
public record Summons(SummonsId id, CaseId caseId, LocalDateTime meetingAt, String place, UserId investigator, String investigatorName,
                      LocalDate sentOn, SummonsId replaces, Recorded booked, MeetingOutcome outcome) {

    public static final int MAX_PLACE = 300;
    public static final int MAX_NOTE = 2000;

    /** What a new booking says; checked by {@link #book}. */
    public record Booking(LocalDateTime meetingAt, String place, UserId investigator, String investigatorName) {
    }

    /** Checks a booking made today: a time not in the past, a place, an investigator. */
    static Summons book(CaseId caseId, Booking booking, SummonsId replaces, LocalDate today, Recorded by) {
        List<FieldError> errors = new ArrayList<>();
        if (booking.meetingAt() == null) {
            errors.add(new FieldError("date", "Ange dag och tid för besöket."));
        } else if (booking.meetingAt().toLocalDate().isBefore(today)) {
            errors.add(new FieldError("date", "Besöket kan inte bokas bakåt i tiden."));
        }
        if (booking.place() == null || booking.place().isBlank()) {
            errors.add(new FieldError("place", "Ange var besöket äger rum."));
        } else if (booking.place().strip().length() > MAX_PLACE) {
            errors.add(new FieldError("place", "Platsen får vara högst " + MAX_PLACE + " tecken."));
        }
        if (booking.investigator() == null) {
            errors.add(new FieldError("investigator", "Välj utredaren som sökanden ska träffa."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Summons(SummonsId.random(), caseId, booking.meetingAt(), booking.place().strip(), booking.investigator(),
                booking.investigatorName(), today, replaces, by, null);
    }

    public Optional<SummonsId> replacedBooking() {
        return Optional.ofNullable(replaces);
    }

    public Optional<MeetingOutcome> recordedOutcome() {
        return Optional.ofNullable(outcome);
    }

    public boolean open() {
        return outcome == null;
    }

    public LocalDate meetingOn() {
        return meetingAt.toLocalDate();
    }

    /**
     * Records what became of the meeting. Held or not attended: on or after the booked day and not in
     * the future. Cancelled: any day from the booking up to today.
     */
    MeetingOutcome recordOutcome(MeetingOutcomeKind kind, LocalDate on, String note, LocalDate today, Recorded by) {
        if (outcome != null) {
            throw new InvalidInputException("outcome", "Det är redan registrerat vad som hände med besöket den " + meetingOn() + ".");
        }
        List<FieldError> errors = new ArrayList<>();
        if (kind == null) {
            errors.add(new FieldError("outcome", "Välj om besöket genomfördes, ställdes in eller om sökanden inte kom."));
        }
        if (on == null) {
            errors.add(new FieldError("occurredOn", "Ange datum."));
        } else if (on.isAfter(today)) {
            errors.add(new FieldError("occurredOn", "Datumet kan inte ligga i framtiden."));
        } else if (on.isBefore(sentOn)) {
            errors.add(new FieldError("occurredOn", "Datumet kan inte ligga före bokningen (" + sentOn + ")."));
        } else if (kind != null && kind != MeetingOutcomeKind.CANCELLED && on.isBefore(meetingOn())) {
            errors.add(new FieldError("occurredOn", "Besöket var bokat till " + meetingOn() + ": det kan inte ha hållits eller missats före dess."));
        }
        String text = note == null ? "" : note.strip();
        if (text.length() > MAX_NOTE) {
            errors.add(new FieldError("note", "Anteckningen får vara högst " + MAX_NOTE + " tecken."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new MeetingOutcome(id, kind, on, text, by);
    }
}
