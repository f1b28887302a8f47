package se.ebba.payment;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.ebba.audit.AccessAction;
import se.ebba.audit.AccessEvent;
import se.ebba.audit.AccessLog;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.domain.Role;
import se.ebba.identity.domain.UnitId;
import se.ebba.payment.domain.PaymentWindow;
import se.ebba.payment.internal.PaymentWindows;
import se.ebba.shared.ForbiddenException;
import se.ebba.shared.InvalidInputException;

/**
 * The unit's payment window (utbetalningsfönster): a dated setting with its source, set by the unit
 * manager from today or a later date; the default (25th–30th) applies until the unit sets one.
 */
@Service
public class PaymentWindowSettings {

    private final PaymentWindows windows;
    private final AccessLog accessLog;
    private final Clock clock;

    PaymentWindowSettings(PaymentWindows windows, AccessLog accessLog, Clock clock) {
        this.windows = windows;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** The days of the month before the benefit month when payments are made. */
    public record Days(int firstDay, int lastDay) {
    }

    /** The payment days valid on the day (the unit's own window, or the default), for other modules' pages. */
    public Days daysOn(UnitId unit, LocalDate day) {
        PaymentWindow window = windows.inForce(unit, day).orElse(PaymentWindow.DEFAULT);
        return new Days(window.firstDay(), window.lastDay());
    }

    /** As {@link #set(UnitId, PaymentWindow, CurrentUser)}, from the days; refusals name {@code firstDay} and {@code lastDay}. */
    @Transactional
    public void set(UnitId unit, Days days, LocalDate validFrom, String source, CurrentUser user) {
        set(unit, new PaymentWindow(days.firstDay(), days.lastDay(), validFrom, source), user);
    }

    /** The window in force today (the unit's own, or the default). */
    public PaymentWindow inForce(UnitId unit) {
        return windows.inForce(unit, LocalDate.now(clock)).orElse(PaymentWindow.DEFAULT);
    }

    @Transactional
    public void set(UnitId unit, PaymentWindow window, CurrentUser user) {
        if (!user.has(Role.UNIT_MANAGER) || !user.belongsTo(unit)) {
            accessLog.recordDenied(user, new AccessEvent(AccessAction.DENIED, unit, null, null, null, null,
                    "Rollen får inte ändra utbetalningsfönstret"));
            throw new ForbiddenException("Utbetalningsfönstret ändras av enhetschefen för den egna enheten.");
        }
        if (window.validFrom().isBefore(LocalDate.now(clock))) {
            throw new InvalidInputException("validFrom", "En ändring gäller från i dag eller ett senare datum.");
        }
        if (window.source() == null || window.source().isBlank() || window.source().length() > 500) {
            throw new InvalidInputException("source", "Ange källan, t.ex. nämndens beslut med datum (högst 500 tecken).");
        }
        windows.add(unit, window, PaymentProposer.actor(user), clock.instant());
        accessLog.record(user, new AccessEvent(AccessAction.CHANGE_PROCESS_SETTINGS, unit, null, null, null, null,
                "Utbetalningsfönster " + window.firstDay() + "–" + window.lastDay() + " från " + window.validFrom()));
    }
}
