package se.ebba.worklist.web;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.InvalidInputException.FieldError;
import se.ebba.shared.web.FormDates;
import se.ebba.worklist.domain.ProcessSettings;

/** The process settings form as the browser posts it: numbers as typed, checked here and in {@link ProcessSettings}. */
public record ProcessSettingsForm(@Size(max = 10) String validFrom, @Size(max = 10) String summonsDays,
                                  @Size(max = 10) String firstMeetingDays, @Size(max = 10) String decisionDays,
                                  @Size(max = 10) String planDays, @Size(max = 10) String followUpMonths,
                                  @Size(max = 10) String closeAfterMonths, @Size(max = 10) String returnWithinMonths,
                                  @Size(max = 500) String source) {

    static ProcessSettingsForm of(ProcessSettings s, LocalDate validFrom) {
        return new ProcessSettingsForm(validFrom.toString(), String.valueOf(s.summonsDays()), String.valueOf(s.firstMeetingDays()),
                String.valueOf(s.decisionDays()), String.valueOf(s.planDays()), String.valueOf(s.followUpMonths()),
                String.valueOf(s.closeAfterMonths()), String.valueOf(s.returnWithinMonths()), "");
    }

    ProcessSettings toSettings() {
        List<FieldError> errors = new ArrayList<>();
        LocalDate from = null;
        try {
            from = FormDates.parse(validFrom, "validFrom");
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        if (from == null && errors.isEmpty()) {
            errors.add(new FieldError("validFrom", "Ange från vilket datum inställningarna gäller."));
        }
        int[] values = new int[7];
        String[] texts = {summonsDays, firstMeetingDays, decisionDays, planDays, followUpMonths, closeAfterMonths, returnWithinMonths};
        String[] fields = {"summonsDays", "firstMeetingDays", "decisionDays", "planDays", "followUpMonths", "closeAfterMonths",
                "returnWithinMonths"};
        for (int i = 0; i < texts.length; i++) {
            String t = texts[i] == null ? "" : texts[i].strip();
            if (!t.matches("[0-9]{1,4}")) {
                errors.add(new FieldError(fields[i], "Ange ett heltal."));
            } else {
                values[i] = Integer.parseInt(t);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ProcessSettings(from, values[0], values[1], values[2], values[3], values[4], values[5], values[6], source);
    }
}
