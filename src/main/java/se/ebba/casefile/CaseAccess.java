package se.ebba.casefile;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import se.ebba.audit.AccessAction;
import se.ebba.audit.AccessEvent;
import se.ebba.audit.AccessEvent.Subject;
import se.ebba.audit.AccessLog;
import se.ebba.casefile.domain.AssistanceCase;
import se.ebba.casefile.domain.CaseAccessPolicy;
import se.ebba.casefile.domain.CaseContent;
import se.ebba.casefile.domain.CaseId;
import se.ebba.casefile.internal.Cases;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.domain.UnitId;
import se.ebba.shared.ForbiddenException;
import se.ebba.shared.NotFoundException;

/**
 * The one place where the case file lets a user in: the unit boundary, the role matrix of
 * {@link CaseAccessPolicy}, and the access log. A refusal is logged as DENIED in a transaction of
 * its own; a view or change is logged once, by the method that succeeded.
 */
@Component
class CaseAccess {

    static final String NOT_FOUND = "Ärendet finns inte eller tillhör inte din enhet.";

    private final Cases cases;
    private final AccessLog accessLog;

    CaseAccess(Cases cases, AccessLog accessLog) {
        this.cases = cases;
        this.accessLog = accessLog;
    }

    /** The case, if the user may read this content of it; otherwise a 404 that is logged as refused. */
    AssistanceCase readable(CaseId id, CurrentUser user, CaseContent content) {
        AssistanceCase c = cases.find(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        if (!user.belongsTo(c.unit())) {
            denied(user, c, "Ärendet tillhör en annan enhet");
            throw new NotFoundException(NOT_FOUND);
        }
        if (!CaseAccessPolicy.mayRead(user.roles(), content)) {
            denied(user, c, "Rollen får inte läsa " + text(content));
            throw new NotFoundException(NOT_FOUND);
        }
        return c;
    }

    /** The case, if the user may change this content of it; a role that may only read gets a 403, logged as refused. */
    AssistanceCase changeable(CaseId id, CurrentUser user, CaseContent content) {
        AssistanceCase c = cases.find(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        if (!user.belongsTo(c.unit()) || !CaseAccessPolicy.mayRead(user.roles(), content)) {
            denied(user, c, user.belongsTo(c.unit()) ? "Rollen får inte ändra " + text(content) : "Försökte ändra ärende på en annan enhet");
            throw new NotFoundException(NOT_FOUND);
        }
        if (!CaseAccessPolicy.mayChange(user.roles(), content)) {
            denied(user, c, "Rollen får inte ändra " + text(content));
            throw new ForbiddenException("Din roll får läsa men inte ändra " + text(content) + ".");
        }
        return c;
    }

    /** Refuses (logged) a list or page of case data the role may not see. */
    void requireLists(CurrentUser user, UnitId unit, String what) {
        if ((unit != null && !user.belongsTo(unit)) || !CaseAccessPolicy.mayRead(user.roles(), CaseContent.CASE_LISTS)) {
            accessLog.recordDenied(user, new AccessEvent(AccessAction.DENIED, unit, null, null, null, null, "Rollen får inte se " + what));
            throw new ForbiddenException("Din roll får inte se " + what + ".");
        }
    }

    /** Refuses (logged) a list of a kind of case content (payments to verify) that the role may not read. */
    void requireContent(CurrentUser user, CaseContent content, String what) {
        if (!CaseAccessPolicy.mayRead(user.roles(), content)) {
            accessLog.recordDenied(user, new AccessEvent(AccessAction.DENIED, null, null, null, null, null, "Rollen får inte se " + what));
            throw new ForbiddenException("Din roll får inte se " + what + ".");
        }
    }

    /** Logs a refusal that is not about one case (a forbidden allocation, a forbidden registration). */
    void deniedOutsideCase(CurrentUser user, UnitId unit, String detail) {
        accessLog.recordDenied(user, new AccessEvent(AccessAction.DENIED, unit, null, null, null, null, detail));
    }

    /** One row for what the user saw or did in the case. */
    void log(CurrentUser user, AssistanceCase c, AccessAction action, String detail, Subject subject) {
        accessLog.record(user, AccessEvent.ofCase(action, c.unit(), c.id().value(), c.number().value(), c.isResponsible(user.id()), detail)
                .about(subject));
    }

    /** One row for a list view, naming every case it showed. */
    void logList(CurrentUser user, AccessAction action, UnitId unit, Collection<CaseId> shown, String detail) {
        List<UUID> ids = shown.stream().map(CaseId::value).distinct().toList();
        accessLog.record(user, AccessEvent.ofList(action, unit, ids, detail + ", " + ids.size() + " ärenden"));
    }

    /** One row for many cases handled at once (a payment run), naming every case and what it was about. */
    void logList(CurrentUser user, AccessAction action, UnitId unit, Collection<CaseId> shown, String detail, Subject subject) {
        List<UUID> ids = shown.stream().map(CaseId::value).distinct().toList();
        accessLog.record(user, AccessEvent.ofList(action, unit, ids, detail + ", " + ids.size() + " ärenden").about(subject));
    }

    private void denied(CurrentUser user, AssistanceCase c, String detail) {
        accessLog.recordDenied(user, AccessEvent.ofCase(AccessAction.DENIED, c.unit(), c.id().value(), c.number().value(), false, detail));
    }

    private static String text(CaseContent content) {
        return switch (content) {
            case CASE -> "ärendet";
            case JOURNAL -> "journalen";
            case APPLICATION -> "ansökningar";
            case CALCULATION -> "beräkningar";
            case DECISION -> "beslut";
            case INVESTIGATION -> "utredningen";
            case INTAKE_DOCUMENTS -> "kallelser, ansökningskontroll och samtycken";
            case CHANGE_PLAN -> "förändringsplanen";
            case PAYMENT -> "utbetalningar";
            case RECOVERY -> "felaktiga utbetalningar och återkrav";
            case CONTROLS -> "årshjulets kontroller";
            case CASE_LISTS -> "ärendelistor";
        };
    }
}
