package se.ebba.controls.web;

import jakarta.validation.constraints.Size;
import java.time.Month;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import se.ebba.controls.domain.CalendarCheck;
import se.ebba.controls.domain.CheckId;
import se.ebba.controls.domain.Concerns;
import se.ebba.shared.InvalidInputException;

/**
 * The unit manager's form for a check of the calendar as the browser posts it: a new check (no
 * checkId) or a new version of one, valid from a month; {@code ends} records that the check ends then.
 */
record CheckForm(@Size(max = 40) String checkId, @Size(max = 200) String name, List<String> months, @Size(max = 20) String concerns,
                 @Size(max = 10) String validFrom, @Size(max = 500) String source, @Size(max = 5) String ends) {

    static CheckForm blank(YearMonth from) {
        return new CheckForm("", "", List.of(), Concerns.ALL_HOUSEHOLDS.name(), from.toString(), "", "");
    }

    static CheckForm of(CalendarCheck c, YearMonth from) {
        return new CheckForm(c.id().value().toString(), c.name(), c.months().stream().map(m -> String.valueOf(m.getValue())).toList(),
                c.concerns().name(), from.toString(), c.source(), "");
    }

    public boolean hasMonth(int month) {
        return months != null && months.contains(String.valueOf(month));
    }

    CalendarCheck toCheck() {
        YearMonth from = Months.parse(validFrom, "validFrom")
                .orElseThrow(() -> new InvalidInputException("validFrom", "Ange från vilken månad kontrollen gäller."));
        Concerns who;
        try {
            who = Concerns.valueOf(concerns == null ? "" : concerns);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("concerns", "Välj vilka hushåll kontrollen gäller.");
        }
        Set<Month> chosen = EnumSet.noneOf(Month.class);
        for (String m : months == null ? List.<String>of() : months) {
            if (!m.matches("[0-9]{1,2}") || Integer.parseInt(m) < 1 || Integer.parseInt(m) > 12) {
                throw new InvalidInputException("months", "Välj månader i listan.");
            }
            chosen.add(Month.of(Integer.parseInt(m)));
        }
        CheckId id;
        try {
            id = checkId == null || checkId.isBlank() ? CheckId.random() : new CheckId(UUID.fromString(checkId.strip()));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("checkId", "Okänd kontroll.");
        }
        return new CalendarCheck(id, name, chosen, who, !"true".equals(ends), from, source);
    }
}
