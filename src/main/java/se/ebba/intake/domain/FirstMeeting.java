package se.ebba.intake.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import se.ebba.casefile.domain.CaseId;
import se.ebba.shared.InvalidInputException;

/**
 * The first meeting of a case (PROCESS.md §1: summons on day 2–7, meeting within 14 days): its
 * bookings in order, each replacing the one before. There is at most one open booking; once a
 * meeting is held, nothing more is booked.
 */
public final class FirstMeeting {

    private final CaseId caseId;
    private final List<Summons> bookings;

    public FirstMeeting(CaseId caseId, List<Summons> bookings) {
        this.caseId = caseId;
        this.bookings = bookings.stream().sorted(Comparator.comparing(s -> s.booked().at())).toList();
    }

    public List<Summons> bookings() {
        return bookings;
    }

    /** The booking that no later booking replaced. */
    public Optional<Summons> current() {
        return bookings.isEmpty() ? Optional.empty() : Optional.of(bookings.getLast());
    }

    public Optional<MeetingOutcome> held() {
        return current().flatMap(Summons::recordedOutcome).filter(MeetingOutcome::held);
    }

    /** Whether a (new) time can be booked: none yet, or the last one was cancelled or missed. */
    public boolean mayBook() {
        return current().map(s -> !s.open() && held().isEmpty()).orElse(true);
    }

    /** A new booking; after a cancelled or missed meeting it replaces that booking. */
    public Summons book(Summons.Booking booking, LocalDate today, Recorded by) {
        Optional<Summons> current = current();
        if (held().isPresent()) {
            throw new InvalidInputException("date", "Första besöket är redan genomfört den " + held().get().occurredOn() + ".");
        }
        if (current.isPresent() && current.get().open()) {
            throw new InvalidInputException("date", "Det finns redan ett bokat besök den " + current.get().meetingOn()
                    + ". Registrera först om det ställdes in eller om sökanden inte kom.");
        }
        return Summons.book(caseId, booking, current.map(Summons::id).orElse(null), today, by);
    }

    /** Records what became of the current booking; an earlier, replaced booking already has its outcome. */
    public MeetingOutcome record(SummonsId summons, MeetingOutcomeKind kind, LocalDate on, String note, LocalDate today, Recorded by) {
        Summons booking = bookings.stream().filter(s -> s.id().equals(summons)).findFirst()
                .orElseThrow(() -> new InvalidInputException("outcome", "Bokningen finns inte i ärendet."));
        return booking.recordOutcome(kind, on, note, today, by);
    }
}
