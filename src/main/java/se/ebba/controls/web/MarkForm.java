package se.ebba.controls.web;

import jakarta.validation.constraints.Size;
import java.time.YearMonth;
import java.util.Optional;
import java.util.UUID;
import se.ebba.controls.domain.CheckId;
import se.ebba.controls.domain.ControlResult;
import se.ebba.shared.InvalidInputException;

/** The form that marks a check of the household done, as the browser posts it. */
record MarkForm(@Size(max = 40) String check, @Size(max = 10) String month, @Size(max = 20) String result,
                @Size(max = 2000) String note, @Size(max = 40) String corrects) {

    static MarkForm empty(String check, String month, String corrects) {
        return new MarkForm(check, month, "", "", corrects);
    }

    CheckId checkId() {
        return new CheckId(uuid(check, "check").orElseThrow(() -> new InvalidInputException("check", "Välj en kontroll.")));
    }

    YearMonth yearMonth() {
        return Months.parse(month, "month").orElseThrow(() -> new InvalidInputException("month", "Ange månaden."));
    }

    /** The result; null when none was chosen, which the mark refuses with a message on the field. */
    ControlResult controlResult() {
        if (result == null || result.isBlank()) {
            return null;
        }
        try {
            return ControlResult.valueOf(result);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("result", "Välj resultatet av kontrollen.");
        }
    }

    Optional<UUID> correctsId() {
        return uuid(corrects, "corrects");
    }

    private static Optional<UUID> uuid(String text, String field) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "Okänd markering eller kontroll.");
        }
    }
}
