package se.ebba.monthly;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import se.ebba.payment.PaymentWindowSettings;
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
import se.ebba.monthly.domain.ApplicationWindow;
import se.ebba.monthly.internal.WindowSettings;
import se.ebba.shared.ForbiddenException;
import se.ebba.shared.InvalidInputException.FieldError;
import se.ebba.shared.InvalidInputException;

/**
 * The units' application and payment windows (PROCESS.md §3) as dated data with a source. The unit
 * manager records a change as a new row valid from a date; an application keeps the lateness it was
 * given by the window in force when it came in.
 */
@Service
public class ApplicationWindows {

    private final WindowSettings settings;
    private final PaymentWindowSettings paymentWindows;
    private final Units units;
    private final AccessLog accessLog;
    private final Clock clock;

    ApplicationWindows(WindowSettings settings, PaymentWindowSettings paymentWindows, Units units, AccessLog accessLog, Clock clock) {
        this.settings = settings;
        this.paymentWindows = paymentWindows;
        this.units = units;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /**
     * The window valid on the day (the unit's own, or the default of V19), with the payment days of
     * the payment module's window valid that day: payments are dated by that one (one truth), so that
     * is what the monthly pages show too.
     */
    public ApplicationWindow validOn(UnitId unit, LocalDate day) {
        PaymentWindowSettings.Days payment = paymentWindows.daysOn(unit, day);
        return settings.validOn(unit, day)
                .orElseThrow(() -> new IllegalStateException("No application window valid on " + day + "; V19 seeds a default from 2000-01-01"))
                .withPaymentDays(payment.firstDay(), payment.lastDay());
    }

    /** The window that applies to applications for the benefit month (the one in force when its month before begins). */
    public ApplicationWindow forMonth(UnitId unit, YearMonth benefitMonth) {
        return validOn(unit, ApplicationWindow.settingDayFor(benefitMonth));
    }

    /** The settings page: the window valid today and the unit's history. Everyone who works the unit's cases may see it. */
    public WindowPage page(UnitId unit, CurrentUser user) {
        if (!user.belongsTo(unit) || !user.readsCaseContents()) {
            accessLog.recordDenied(user, new AccessEvent(AccessAction.DENIED, unit, null, null, null, null,
                    "Rollen får inte se ansökningsperioden"));
            throw new ForbiddenException("Du kan bara se ansökningsperioden för din egen enhet.");
        }
        return new WindowPage(units.get(unit), validOn(unit, LocalDate.now(clock)), settings.history(unit), user.has(Role.UNIT_MANAGER),
                LocalDate.now(clock));
    }

    /** The form's payment days to the payment module's window; its refusals named by the form's fields. */
    private void setPaymentDays(UnitId unit, ApplicationWindow window, CurrentUser user) {
        try {
            paymentWindows.set(unit, new PaymentWindowSettings.Days(window.paymentFromDay(), window.paymentToDay()), window.validFrom(),
                    window.source(), user);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.errors().stream().map(f -> new FieldError(switch (f.field()) {
                case "firstDay" -> "paymentFromDay";
                case "lastDay" -> "paymentToDay";
                default -> f.field();
            }, f.message())).toList());
        }
    }

    public record WindowPage(UnitView unit, ApplicationWindow current, List<WindowSettings.Recorded> history, boolean canChange,
                             LocalDate today) {
    }

    /** Records a new window for the unit from its date (today or later: the past is not rewritten). Unit manager only. */
    @Transactional
    public void change(UnitId unit, ApplicationWindow window, CurrentUser user) {
        if (!user.belongsTo(unit) || !user.has(Role.UNIT_MANAGER)) {
            accessLog.recordDenied(user, new AccessEvent(AccessAction.DENIED, unit, null, null, null, null,
                    "Rollen får inte ändra ansökningsperioden"));
            throw new ForbiddenException("Bara enhetschefen ändrar enhetens ansökningsperiod.");
        }
        var errors = window.errors(LocalDate.now(clock));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        settings.add(unit, window, user.id(), clock.instant());
        // the payment days go to the payment module's window, which dates the payments (same transaction)
        setPaymentDays(unit, window, user);
        accessLog.record(user, new AccessEvent(AccessAction.CHANGE_PROCESS_SETTINGS, unit, null, null, null, null,
                "Ansökningsperiod från " + window.validFrom()));
    }
}
