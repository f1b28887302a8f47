package se.ebba.monthly;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.ebba.audit.AccessAction;
import se.ebba.audit.AccessEvent;
import se.ebba.audit.AccessLog;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.domain.Role;
import se.ebba.identity.domain.UnitId;
import se.ebba.monthly.domain.AutomaticGrantRule;
import se.ebba.monthly.internal.AutomaticGrantSettings;
import se.ebba.shared.ForbiddenException;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.InvalidInputException.FieldError;

/**
 * The unit's rule for automatic grant, dated with a source: payment officers and the unit's managers
 * read it, the unit manager changes it (from today or later; a change is a new row).
 */
@Service
public class AutomaticGrantSettingsService {

    private final AutomaticGrantSettings settings;
    private final AccessLog accessLog;
    private final Clock clock;

    AutomaticGrantSettingsService(AutomaticGrantSettings settings, AccessLog accessLog, Clock clock) {
        this.settings = settings;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** The rule in force today and the unit's earlier settings, newest first. */
    public record SettingsPage(AutomaticGrantRule current, List<AutomaticGrantRule> history, boolean canChange) {
    }

    public SettingsPage page(UnitId unit, CurrentUser user) {
        if (!user.belongsTo(unit) || !(user.has(Role.UNIT_MANAGER) || user.has(Role.PAYMENT_OFFICER) || user.decides())) {
            throw refused(unit, user, "Rollen får inte se regeln för automatiskt beviljande");
        }
        return new SettingsPage(settings.inForce(unit, LocalDate.now(clock)), settings.history(unit), user.has(Role.UNIT_MANAGER));
    }

    /** What the unit manager fills in. */
    public record NewRule(LocalDate validFrom, boolean enabled, Long limit, String source) {
    }

    @Transactional
    public AutomaticGrantRule change(UnitId unit, NewRule form, CurrentUser user) {
        if (!user.belongsTo(unit) || !user.has(Role.UNIT_MANAGER)) {
            throw refused(unit, user, "Rollen får inte ändra regeln för automatiskt beviljande");
        }
        List<FieldError> errors = new ArrayList<>();
        if (form.validFrom() == null) {
            errors.add(new FieldError("validFrom", "Ange från vilket datum regeln gäller."));
        } else if (form.validFrom().isBefore(LocalDate.now(clock))) {
            errors.add(new FieldError("validFrom", "Regeln kan gälla från i dag eller senare, inte från ett datum som har passerat."));
        }
        if (form.limit() == null || form.limit() < 0 || form.limit() > AutomaticGrantRule.HIGHEST_LIMIT) {
            errors.add(new FieldError("limit", "Ange gränsen i hela kronor, från 0 till 100 000."));
        }
        String source = form.source() == null ? "" : form.source().strip();
        if (source.isEmpty() || source.length() > 500) {
            errors.add(new FieldError("source", "Ange källan (t.ex. nämndens beslut med datum och paragraf), högst 500 tecken."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        AutomaticGrantRule rule = new AutomaticGrantRule(form.validFrom(), form.enabled(), form.limit(), source);
        settings.add(unit, rule, user.id().value(), clock.instant());
        accessLog.record(user, new AccessEvent(AccessAction.CHANGE_PROCESS_SETTINGS, unit, null, null, null, null,
                "Automatiskt beviljande från " + rule.validFrom() + (rule.enabled() ? ": på" : ": av")));
        return rule;
    }

    private ForbiddenException refused(UnitId unit, CurrentUser user, String detail) {
        accessLog.recordDenied(user, new AccessEvent(AccessAction.DENIED, unit, null, null, null, null, detail));
        return new ForbiddenException("Bara enhetschefen ändrar regeln för automatiskt beviljande; ekonomihandläggare och arbetsledare kan läsa den.");
    }
}
