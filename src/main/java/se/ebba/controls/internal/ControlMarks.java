package se.ebba.controls.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.ebba.casefile.domain.CaseId;
import se.ebba.controls.domain.ControlMark;
import se.ebba.identity.domain.UserId;

/** The marks of done checks (append-only). */
public interface ControlMarks {

    /** Every mark of the cases, in the order they were made. */
    List<ControlMark> ofCases(Collection<CaseId> cases);

    Optional<ControlMark> find(UUID id);

    /** Appends the mark; a second first mark of the same check, household and month is refused (someone marked it meanwhile). */
    void append(ControlMark mark, UserId by);
}
