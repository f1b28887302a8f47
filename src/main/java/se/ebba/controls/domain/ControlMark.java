package se.ebba.controls.domain;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import se.ebba.casefile.domain.CaseId;
import se.ebba.shared.InvalidInputException;

/**
 * The mark that a check of a household was done for a month, with its result: without remark, or a
 * deviation with a note saying what was found. Never changed: a correction is a new mark that names
 * the one it corrects.
 */
public record ControlMark(UUID id, CheckId check, CaseId caseId, YearMonth month, ControlResult result, String note,
                          Optional<UUID> corrects, Instant markedAt, String markedBy) {

    public static final int MAX_NOTE = 2000;

    public ControlMark {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(corrects, "corrects");
        note = note == null ? "" : note.strip();
        if (result == null) {
            throw new InvalidInputException("result", "Välj resultatet av kontrollen.");
        }
        if (note.length() > MAX_NOTE) {
            throw new InvalidInputException("note", "Skriv anteckningen med högst " + MAX_NOTE + " tecken.");
        }
        if (result == ControlResult.DEVIATION && note.isEmpty()) {
            throw new InvalidInputException("note", "Skriv vad som avvek.");
        }
    }

    /** A new mark by the user now; {@code corrects} names the mark it corrects, if any. */
    public static ControlMark record(CheckId check, CaseId caseId, YearMonth month, ControlResult result, String note,
                                     Optional<UUID> corrects, Instant at, String by) {
        return new ControlMark(UUID.randomUUID(), check, caseId, month, result, note, corrects, at, by);
    }

    public boolean isDeviation() {
        return result == ControlResult.DEVIATION;
    }
}
