package se.ebba.decision;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.ebba.audit.AccessAction;
import se.ebba.audit.AccessEvent;
import se.ebba.audit.AccessLog;
import se.ebba.decision.internal.DelegationOrders;
import se.ebba.decision.domain.DecisionType;
import se.ebba.decision.domain.DelegationRule;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.domain.Role;
import se.ebba.identity.domain.UnitId;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.InvalidInputException.FieldError;

/**
 * The delegation order of a unit's committee as dated data (RULES.md §6): who may decide which type
 * of decision up to which amount. Rules are added and ended, never changed or deleted.
 */
@Service
public class Delegations {

    /** The roles that can hold delegation to decide on assistance. */
    public static final Set<Role> DELEGABLE = Set.of(Role.INTAKE_OFFICER, Role.CASEWORKER, Role.PAYMENT_OFFICER, Role.TEAM_LEAD,
            Role.UNIT_MANAGER);

    private final DelegationOrders store;
    private final AccessLog accessLog;

    Delegations(DelegationOrders store, AccessLog accessLog) {
        this.store = store;
        this.accessLog = accessLog;
    }

    /** The unit's delegation order in the order of its points (3.2 before 3.10), also ended rules. */
    public List<DelegationRule> rules(UnitId unit) {
        return store.delegationRules(unit.value()).stream()
                .sorted(Comparator.comparing(DelegationRule::code, Delegations::comparePoints).thenComparing(DelegationRule::validFrom))
                .toList();
    }

    /** Compares point numbers such as "3.2", "3.10" and "4.1a" part by part, numbers as numbers. */
    static int comparePoints(String a, String b) {
        Matcher x = PART.matcher(a);
        Matcher y = PART.matcher(b);
        while (x.find() && y.find()) {
            String p = x.group();
            String q = y.group();
            int c = Character.isDigit(p.charAt(0)) && Character.isDigit(q.charAt(0))
                    ? new BigInteger(p).compareTo(new BigInteger(q)) : p.compareTo(q);
            if (c != 0) {
                return c;
            }
        }
        return a.compareTo(b);
    }

    private static final Pattern PART = Pattern.compile("\\d+|[^\\d.]+");

    public record NewRule(String code, DecisionType type, Role role, Long maxAmount, LocalDate validFrom, String source) {
    }

    @Transactional
    public void add(UnitId unit, NewRule rule, CurrentUser by) {
        List<FieldError> errors = new ArrayList<>();
        String code = rule.code() == null ? "" : rule.code().strip();
        if (code.isEmpty() || code.length() > 40) {
            errors.add(new FieldError("code", "Skriv punktens nummer i delegationsordningen, t.ex. 4.1 (högst 40 tecken)."));
        } else if (store.delegationRules(unit.value()).stream().anyMatch(r -> r.code().equals(code) && r.validTo() == null)) {
            errors.add(new FieldError("code", "Punkt " + code + " gäller redan. Avsluta den först, eller använd ett annat nummer."));
        }
        if (rule.type() == null) {
            errors.add(new FieldError("type", "Välj vilken sorts beslut delegationen gäller."));
        }
        if (rule.role() == null || !DELEGABLE.contains(rule.role())) {
            errors.add(new FieldError("role", "Välj en roll som kan ha delegation att besluta om bistånd."));
        }
        if (rule.maxAmount() != null && (rule.maxAmount() < 0 || rule.maxAmount() > 10_000_000)) {
            errors.add(new FieldError("maxAmount", "Skriv högsta belopp i hela kronor, eller lämna tomt för obegränsat."));
        }
        if (rule.validFrom() == null) {
            errors.add(new FieldError("validFrom", "Ange från vilken dag delegationen gäller."));
        }
        if (rule.source() == null || rule.source().isBlank()) {
            errors.add(new FieldError("source", "Ange källan: nämndens beslut om delegationsordningen, med datum och paragraf."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        store.addDelegationRule(unit.value(), new DelegationRule(code, rule.type(), rule.role(), rule.maxAmount(), rule.validFrom(), null,
                rule.source().strip()), by.username());
        accessLog.record(by, new AccessEvent(AccessAction.CHANGE_DELEGATION, unit, null, null, null, null,
                "Ny delegation " + code + ": " + rule.type().name() + " " + rule.role().name()));
    }

    @Transactional
    public void end(UnitId unit, String code, LocalDate lastDay, CurrentUser by) {
        if (lastDay == null) {
            throw new InvalidInputException("lastDay", "Ange sista dagen delegationen gäller.");
        }
        if (!store.endDelegationRule(unit.value(), code, lastDay)) {
            throw new InvalidInputException("lastDay", "Punkt " + code + " kan inte avslutas före den dag den började gälla, "
                    + "eller är redan avslutad.");
        }
        accessLog.record(by, new AccessEvent(AccessAction.CHANGE_DELEGATION, unit, null, null, null, null,
                "Avslutade delegation " + code + " efter " + lastDay));
    }
}
