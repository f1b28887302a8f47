package se.ebba.intake.domain;

import java.time.LocalDate;

/** The outcome of one booking: held, cancelled or not attended, on a date, with a note. */
public record MeetingOutcome(SummonsId summons, MeetingOutcomeKind kind, LocalDate occurredOn, String note, Recorded recorded) {

    public boolean held() {
        return kind == MeetingOutcomeKind.HELD;
    }
}
