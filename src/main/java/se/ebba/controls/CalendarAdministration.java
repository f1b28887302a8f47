package se.ebba.controls;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.ebba.audit.AccessAction;
import se.ebba.audit.AccessEvent;
import se.ebba.audit.AccessLog;
import se.ebba.controls.domain.CalendarCheck;
import se.ebba.controls.domain.UnitCalendar;
import se.ebba.controls.internal.CalendarVersions;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.UnitView;
import se.ebba.identity.Units;
import se.ebba.identity.domain.Role;
import se.ebba.identity.domain.UnitId;
import se.ebba.shared.ForbiddenException;
import se.ebba.shared.InvalidInputException;

/**
 * The unit's controls calendar as the unit manager keeps it: each check with its months, which
 * households it concerns and its source, as dated rows. A change (or the end of a check) is a new row
 * valid from a month, never an overwrite; the quality developer and the team lead read it.
 */
@Service
public class CalendarAdministration {

    private final CalendarVersions calendars;
    private final Units units;
    private final AccessLog accessLog;
    private final Clock clock;

    CalendarAdministration(CalendarVersions calendars, Units units, AccessLog accessLog, Clock clock) {
        this.calendars = calendars;
        this.units = units;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** The calendar page: the checks in force this month and every row recorded. */
    public CalendarPage page(UnitId unit, CurrentUser user) {
        if (!user.belongsTo(unit) || !(user.has(Role.UNIT_MANAGER) || user.has(Role.QUALITY_DEVELOPER) || user.has(Role.TEAM_LEAD))) {
            accessLog.recordDenied(user, new AccessEvent(AccessAction.DENIED, unit, null, null, null, null, "Rollen får inte se årshjulets kontroller"));
            throw new ForbiddenException("Bara enhetschefen, arbetsledaren och kvalitetsutvecklaren ser enhetens årshjul.");
        }
        YearMonth now = YearMonth.now(clock.withZone(ControlsCalendar.STOCKHOLM));
        UnitCalendar calendar = new UnitCalendar(calendars.ofUnit(unit));
        return new CalendarPage(units.get(unit), now, calendar.versionsIn(now).stream().filter(CalendarCheck::active).toList(),
                calendars.history(unit), user.has(Role.UNIT_MANAGER));
    }

    public record CalendarPage(UnitView unit, YearMonth month, List<CalendarCheck> inForce, List<CalendarVersions.Recorded> history,
                               boolean canChange) {
    }

    /**
     * Introduces the unit's first calendar, which may be valid from January of the current year (the
     * year the unit already works by). Refused once the unit has a calendar; unit manager only; one
     * access-log row per check.
     */
    @Transactional
    public void introduce(UnitId unit, List<CalendarCheck> checks, CurrentUser user) {
        requireManager(unit, user);
        if (!calendars.ofUnit(unit).isEmpty()) {
            throw new InvalidInputException("validFrom", "Enheten har redan ett årshjul; ändringar gäller från den här månaden eller senare.");
        }
        YearMonth january = YearMonth.of(YearMonth.now(clock.withZone(ControlsCalendar.STOCKHOLM)).getYear(), 1);
        for (CalendarCheck check : checks) {
            if (check.validFrom().isBefore(january) || !check.active()) {
                throw new InvalidInputException("validFrom", "Enhetens första årshjul kan gälla från januari i år, inte tidigare.");
            }
            add(unit, check, false, user);
        }
    }

    /**
     * Records a check (new, changed or ended) from its month: the current month or later, so what was
     * due before is never rewritten. Unit manager only; one access-log row.
     */
    @Transactional
    public void record(UnitId unit, CalendarCheck check, CurrentUser user) {
        requireManager(unit, user);
        List<CalendarCheck> existing = calendars.ofUnit(unit);
        YearMonth now = YearMonth.now(clock.withZone(ControlsCalendar.STOCKHOLM));
        if (check.validFrom().isBefore(now)) {
            throw new InvalidInputException("validFrom", "En ändring kan gälla från den här månaden eller senare, inte från en månad som har passerat.");
        }
        boolean known = existing.stream().anyMatch(c -> c.id().equals(check.id()));
        if (!check.active() && !known) {
            throw new InvalidInputException("active", "En ny kontroll kan inte upphöra innan den har börjat gälla.");
        }
        add(unit, check, known, user);
    }

    private void add(UnitId unit, CalendarCheck check, boolean known, CurrentUser user) {
        calendars.add(unit, check, user.id(), clock.instant());
        accessLog.record(user, new AccessEvent(AccessAction.CHANGE_CONTROLS_CALENDAR, unit, null, null, null, null,
                (known ? (check.active() ? "Ändrad kontroll" : "Kontroll upphör") : "Ny kontroll") + " från " + check.validFrom()));
    }

    private void requireManager(UnitId unit, CurrentUser user) {
        if (!user.belongsTo(unit) || !user.has(Role.UNIT_MANAGER)) {
            accessLog.recordDenied(user, new AccessEvent(AccessAction.DENIED, unit, null, null, null, null, "Rollen får inte ändra årshjulet"));
            throw new ForbiddenException("Bara enhetschefen ändrar enhetens årshjul.");
        }
    }
}
