package se.ebba.controls.domain;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import se.ebba.casefile.domain.HouseholdRole;

/**
 * A unit's controls calendar: every dated version of its checks. The calendar of a month is, per
 * check, the latest version valid from that month or earlier; which households are due is decided
 * by that version alone, so a change never rewrites what was due before it.
 */
public record UnitCalendar(List<CalendarCheck> versions) {

    public UnitCalendar {
        versions = List.copyOf(versions);
    }

    /** Per check the version in force in the month (inactive ones included: they say the check has ended). */
    public List<CalendarCheck> versionsIn(YearMonth month) {
        Map<CheckId, CalendarCheck> latest = new LinkedHashMap<>();
        versions.stream().filter(v -> !v.validFrom().isAfter(month))
                .sorted(Comparator.comparing(CalendarCheck::validFrom))
                .forEach(v -> latest.put(v.id(), v));
        return latest.values().stream().sorted(Comparator.comparing(CalendarCheck::name)).toList();
    }

    /** The checks due in the month for a household with these roles. */
    public List<CalendarCheck> dueIn(YearMonth month, Set<HouseholdRole> household) {
        return versionsIn(month).stream().filter(v -> v.dueIn(month) && v.concerns().concerns(household)).toList();
    }

    /** The months from {@code first} to {@code last} (both included) with the checks due in each for the household. */
    public List<Due> dueBetween(YearMonth first, YearMonth last, Set<HouseholdRole> household) {
        return Stream.iterate(first, m -> !m.isAfter(last), m -> m.plusMonths(1))
                .flatMap(m -> dueIn(m, household).stream().map(c -> new Due(c, m)))
                .toList();
    }

    public boolean isEmpty() {
        return versions.isEmpty();
    }

    /** A check due for a household in a month. */
    public record Due(CalendarCheck check, YearMonth month) {
    }
}
