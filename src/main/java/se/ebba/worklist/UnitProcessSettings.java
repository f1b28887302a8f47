package se.ebba.worklist;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.ebba.audit.AccessAction;
import se.ebba.audit.AccessEvent;
import se.ebba.audit.AccessLog;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.UnitView;
import se.ebba.identity.Units;
import se.ebba.identity.domain.Role;
import se.ebba.identity.domain.UnitId;
import se.ebba.shared.ForbiddenException;
import se.ebba.shared.InvalidInputException;
import se.ebba.worklist.domain.ProcessSettings;
import se.ebba.worklist.internal.ProcessSettingsHistory;

/**
 * The units' process settings: the deadlines and periods of PROCESS.md §1–§4 as dated data. The
 * unit manager records a change as a new row valid from a date; nothing is overwritten, and a task
 * keeps the due date and the rule it was given when it opened.
 */
@Service
public class UnitProcessSettings {

    private final ProcessSettingsHistory history;
    private final Units units;
    private final AccessLog accessLog;
    private final Clock clock;

    UnitProcessSettings(ProcessSettingsHistory history, Units units, AccessLog accessLog, Clock clock) {
        this.history = history;
        this.units = units;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** The settings valid for the unit on the day (the unit's own, or the general default of V14). */
    public ProcessSettings validOn(UnitId unit, LocalDate day) {
        return history.validOn(unit, day)
                .orElseThrow(() -> new IllegalStateException("No process settings valid on " + day + "; V14 seeds a default from 2000-01-01"));
    }

    /** The settings page: what is valid today and the unit's history. Team leads and unit managers of the unit. */
    public SettingsPage page(UnitId unit, CurrentUser user) {
        requireReader(unit, user);
        LocalDate today = LocalDate.now(clock);
        return new SettingsPage(units.get(unit), validOn(unit, today), history.history(unit), user.has(Role.UNIT_MANAGER));
    }

    public record SettingsPage(UnitView unit, ProcessSettings current, List<ProcessSettingsHistory.Recorded> history, boolean canChange) {
    }

    /** Records new settings for the unit from their date (today or later: the past is not rewritten). Unit manager only. */
    @Transactional
    public void change(UnitId unit, ProcessSettings settings, CurrentUser user) {
        if (!user.belongsTo(unit) || !user.has(Role.UNIT_MANAGER)) {
            accessLog.recordDenied(user, new AccessEvent(AccessAction.DENIED, unit, null, null, null, null,
                    "Rollen får inte ändra processinställningar"));
            throw new ForbiddenException("Bara enhetschefen ändrar enhetens processinställningar.");
        }
        if (settings.validFrom().isBefore(LocalDate.now(clock))) {
            throw new InvalidInputException("validFrom", "Inställningarna kan gälla från i dag eller senare, inte från ett datum som har passerat.");
        }
        history.add(unit, settings, user.id(), clock.instant());
        accessLog.record(user, new AccessEvent(AccessAction.CHANGE_PROCESS_SETTINGS, unit, null, null, null, null,
                "Processinställningar från " + settings.validFrom()));
    }

    private void requireReader(UnitId unit, CurrentUser user) {
        if (!user.belongsTo(unit) || !user.decides()) {
            accessLog.recordDenied(user, new AccessEvent(AccessAction.DENIED, unit, null, null, null, null,
                    "Rollen får inte se processinställningar"));
            throw new ForbiddenException("Bara arbetsledare och enhetschefer ser enhetens processinställningar.");
        }
    }
}
