package se.ebba.intake.internal;

import java.util.List;
import se.ebba.casefile.domain.CaseId;
import se.ebba.intake.domain.MeetingOutcome;
import se.ebba.intake.domain.Summons;

/** Bookings of first meetings and their outcomes, append-only. */
public interface SummonsStore {

    /** The case's bookings with their outcomes, in the order they were booked. */
    List<Summons> ofCase(CaseId caseId);

    /** @throws se.ebba.shared.ConcurrentEditException when someone else booked at the same moment */
    void add(Summons summons);

    /** @throws se.ebba.shared.ConcurrentEditException when someone else recorded the outcome at the same moment */
    void add(MeetingOutcome outcome);
}
