package se.ebba.recovery;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import se.ebba.audit.AccessAction;
import se.ebba.audit.AccessEvent;
import se.ebba.audit.AccessLog;
import se.ebba.casefile.CaseFiles;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.domain.Role;
import se.ebba.recovery.domain.RecoveryMatter;
import se.ebba.recovery.internal.RecoveryMatters;
import se.ebba.shared.ForbiddenException;

/**
 * Återkravsregistret: every incorrect payment and recovery matter of the user's units, open and
 * closed, with the amounts decided, repaid and waived, the balance, the court deadline and police
 * reports; and the fraud investigator's own list (FUT-ärenden). For FUT, team leads and unit
 * managers; one access-log row naming the cases shown.
 */
@Service
public class RecoveryRegister {

    private final RecoveryMatters matters;
    private final CaseFiles caseFiles;
    private final AccessLog accessLog;
    private final Clock clock;

    RecoveryRegister(RecoveryMatters matters, CaseFiles caseFiles, AccessLog accessLog, Clock clock) {
        this.matters = matters;
        this.caseFiles = caseFiles;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    public static boolean mayView(CurrentUser user) {
        return user.has(Role.FRAUD_INVESTIGATOR) || user.has(Role.TEAM_LEAD) || user.has(Role.UNIT_MANAGER);
    }

    public Register show(CurrentUser user) {
        if (!mayView(user)) {
            accessLog.recordDenied(user, new AccessEvent(AccessAction.DENIED, null, null, null, null, null, "Rollen får inte se återkravsregistret"));
            throw new ForbiddenException("Återkravsregistret är för FUT, teamledare och enhetschef.");
        }
        List<RecoveryMatter> shown = caseFiles.showList(user, AccessAction.LIST_RECOVERIES, "återkravsregistret",
                () -> user.units().stream().flatMap(u -> matters.ofUnit(u).stream())
                        .sorted(Comparator.comparing((RecoveryMatter m) -> m.payment().registeredAt()).reversed()).toList(),
                m -> m.payment().caseId());
        LocalDate today = LocalDate.now(clock);
        List<RecoveryMatter> mine = shown.stream().filter(m -> m.isOpen() && m.handedTo(user.id())).toList();
        return new Register(shown, mine, today);
    }

    /**
     * @param matters the unit's matters, newest first
     * @param mine    the open matters handed to the user (FUT-ärenden)
     */
    public record Register(List<RecoveryMatter> matters, List<RecoveryMatter> mine, LocalDate today) {

        public List<RecoveryMatter> open() {
            return matters.stream().filter(RecoveryMatter::isOpen).toList();
        }

        public List<RecoveryMatter> closed() {
            return matters.stream().filter(m -> !m.isOpen()).toList();
        }

        public long decided() {
            return matters.stream().mapToLong(RecoveryMatter::decided).sum();
        }

        public long repaid() {
            return matters.stream().mapToLong(RecoveryMatter::repaid).sum();
        }

        public long waived() {
            return matters.stream().mapToLong(RecoveryMatter::waived).sum();
        }

        public long balance() {
            return matters.stream().mapToLong(RecoveryMatter::balance).sum();
        }

        public long policeReports() {
            return matters.stream().filter(m -> m.policeReport().isPresent()).count();
        }
    }
}
