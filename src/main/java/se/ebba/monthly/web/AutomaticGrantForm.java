package se.ebba.monthly.web;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import se.ebba.monthly.AutomaticGrantSettingsService.NewRule;
import se.ebba.monthly.domain.AutomaticGrantRule;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.web.FormDates;

/** The unit manager's form for the rule of automatic grant, as typed. */
public record AutomaticGrantForm(@Size(max = 10) String validFrom, @Size(max = 5) String enabled, @Size(max = 12) String limit,
                                 @Size(max = 500) String source) {

    static AutomaticGrantForm of(AutomaticGrantRule current, LocalDate from) {
        return new AutomaticGrantForm(from.toString(), current.enabled() ? "on" : "", String.valueOf(current.limit()), "");
    }

    NewRule toRule() {
        LocalDate from = FormDates.parse(validFrom, "validFrom");
        String t = limit == null ? "" : limit.replaceAll("[\\s\\u00a0]", "");
        if (!t.matches("[0-9]{1,7}")) {
            throw new InvalidInputException("limit", "Ange gränsen i hela kronor, från 0 till 100 000.");
        }
        return new NewRule(from, "on".equals(enabled) || "true".equals(enabled), Long.parseLong(t), source);
    }
}
