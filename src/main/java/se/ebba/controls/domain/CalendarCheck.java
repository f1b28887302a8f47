package se.ebba.controls.domain;

import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.InvalidInputException.FieldError;

/**
 * One dated version of a recurring check in a unit's calendar: its Swedish text, the months of the
 * year it is due, which households it concerns, whether it is in force (a check that ends is a
 * version that is not), from which month, and the source of the rule.
 */
public record CalendarCheck(CheckId id, String name, Set<Month> months, Concerns concerns, boolean active, YearMonth validFrom,
                            String source) {

    public static final int MAX_NAME = 200;
    public static final int MAX_SOURCE = 500;
    private static final Locale SWEDISH = Locale.of("sv", "SE");

    public CalendarCheck {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(concerns, "concerns");
        Objects.requireNonNull(validFrom, "validFrom");
        months = months.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(months));
        List<FieldError> errors = new ArrayList<>();
        if (name == null || name.isBlank()) {
            errors.add(new FieldError("name", "Skriv vad som ska kontrolleras."));
        } else if (name.strip().length() > MAX_NAME) {
            errors.add(new FieldError("name", "Skriv kontrollen med högst " + MAX_NAME + " tecken."));
        }
        if (months.isEmpty()) {
            errors.add(new FieldError("months", "Välj minst en månad då kontrollen görs."));
        }
        if (source == null || source.isBlank()) {
            errors.add(new FieldError("source", "Ange källan: enhetens rutin eller beslut, med datum."));
        } else if (source.strip().length() > MAX_SOURCE) {
            errors.add(new FieldError("source", "Skriv källan med högst " + MAX_SOURCE + " tecken."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        name = name.strip();
        source = source.strip();
    }

    /** Whether the check is due in the month by this version (in force and one of its months). */
    public boolean dueIn(YearMonth month) {
        return active && months.contains(month.getMonth());
    }

    /** The months in Swedish, in calendar order: "januari, april". */
    public String monthsText() {
        return months.stream().sorted().map(CalendarCheck::monthName).collect(Collectors.joining(", "));
    }

    public static String monthName(Month month) {
        return month.getDisplayName(TextStyle.FULL_STANDALONE, SWEDISH);
    }
}
