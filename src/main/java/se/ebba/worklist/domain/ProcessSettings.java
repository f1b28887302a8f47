package se.ebba.worklist.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.InvalidInputException.FieldError;

/**
 * A unit's process settings from a date (PROCESS.md §1–§4): the day deadlines of intake, the
 * follow-up interval of the change plan, when a case without applications is closed and how long a
 * returning household goes back to its former caseworker. Units differ (Farsta closes after one
 * month, Bromma after two), so these are dated data with a source, never constants.
 */
public record ProcessSettings(LocalDate validFrom, int summonsDays, int firstMeetingDays, int decisionDays, int planDays,
                              int followUpMonths, int closeAfterMonths, int returnWithinMonths, String source) {

    public ProcessSettings {
        List<FieldError> errors = new ArrayList<>();
        if (validFrom == null) {
            errors.add(new FieldError("validFrom", "Ange från vilket datum inställningarna gäller."));
        }
        days(summonsDays, "summonsDays", "Kallelse", errors);
        days(firstMeetingDays, "firstMeetingDays", "Första besök", errors);
        days(decisionDays, "decisionDays", "Beslut", errors);
        days(planDays, "planDays", "Förändringsplan", errors);
        months(followUpMonths, 1, "followUpMonths", "Uppföljning", errors);
        months(closeAfterMonths, 1, "closeAfterMonths", "Avslut utan ansökan", errors);
        months(returnWithinMonths, 0, "returnWithinMonths", "Åter till tidigare handläggare", errors);
        if (errors.isEmpty() && firstMeetingDays < summonsDays) {
            errors.add(new FieldError("firstMeetingDays", "Första besöket kan inte ligga före kallelsen: ange minst " + summonsDays + " dagar."));
        }
        if (source == null || source.isBlank()) {
            errors.add(new FieldError("source", "Ange källan, t.ex. nämndens beslut eller enhetens rutin med datum."));
        } else if (source.strip().length() > 500) {
            errors.add(new FieldError("source", "Källan får vara högst 500 tecken."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        source = source.strip();
    }

    private static void days(int value, String field, String label, List<FieldError> errors) {
        if (value < 1 || value > 365) {
            errors.add(new FieldError(field, label + ": ange ett antal dagar mellan 1 och 365."));
        }
    }

    private static void months(int value, int min, String field, String label, List<FieldError> errors) {
        if (value < min || value > 24) {
            errors.add(new FieldError(field, label + ": ange ett antal månader mellan " + min + " och 24."));
        }
    }

    /** Kallelse: sent within the set days of the case's opening (PROCESS.md §1: day 2–7). */
    public Due summonsDue(LocalDate openedOn) {
        return days(openedOn, summonsDays, "aktualiseringen");
    }

    /** Första besök (nybesök) within the set days of the opening (≤ 14). */
    public Due firstMeetingDue(LocalDate openedOn) {
        return days(openedOn, firstMeetingDays, "aktualiseringen");
    }

    /** The decision within the set days of the opening (2–60). */
    public Due decisionDue(LocalDate openedOn) {
        return days(openedOn, decisionDays, "aktualiseringen");
    }

    /** Förändringsplan within the set days of the referral to the ongoing team (within 3 months). */
    public Due changePlanDue(LocalDate referredOn) {
        return days(referredOn, planDays, "remitteringen");
    }

    /**
     * The next follow-up: the date the plan names, but never later than the unit's interval (at least
     * every 4 months, PROCESS.md §2); the interval when the plan names none.
     */
    public Due followUpDue(LocalDate from, LocalDate planned) {
        LocalDate latest = from.plusMonths(followUpMonths);
        if (planned != null && !planned.isAfter(latest)) {
            return new Due(planned, "Enligt förändringsplanen (senast " + followUpMonths + " månader, " + since() + ")");
        }
        return new Due(latest, followUpMonths + " månader från " + from + (planned == null ? "" : ", planens datum " + planned
                + " är senare än enhetens intervall") + " (" + since() + ")");
    }

    private Due days(LocalDate from, int days, String what) {
        return new Due(from.plusDays(days), days + " dagar från " + what + " " + from + " (" + since() + ")");
    }

    private String since() {
        return "inställning från " + validFrom;
    }
}
