package se.ebba.intake;

import org.springframework.stereotype.Component;
import se.ebba.audit.AccessAction;
import se.ebba.audit.AccessEvent;
import se.ebba.audit.AccessEvent.Subject;
import se.ebba.audit.AccessEvent.SubjectType;
import se.ebba.audit.AccessLog;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.domain.UnitId;
import se.ebba.intake.domain.Contact;
import se.ebba.intake.domain.ContactId;
import se.ebba.intake.domain.IntakeRoles;
import se.ebba.intake.internal.ContactRecords;
import se.ebba.shared.ForbiddenException;
import se.ebba.shared.NotFoundException;

/**
 * The one place where intake lets a user in: the user's own units and the intake roles. A contact of
 * another unit answers as one that does not exist; every refusal is logged (own transaction).
 */
@Component
class IntakeGate {

    static final String NOT_FOUND = "Kontakten finns inte eller tillhör inte din enhet.";

    private final ContactRecords records;
    private final AccessLog accessLog;

    IntakeGate(ContactRecords records, AccessLog accessLog) {
        this.records = records;
        this.accessLog = accessLog;
    }

    /** The unit, when the user works at intake there. */
    UnitId unit(UnitId unit, CurrentUser user) {
        if (unit == null || !user.belongsTo(unit)) {
            deny(user, unit, null, "Mottagning på en enhet som inte är användarens");
            throw new NotFoundException("Enheten finns inte eller är inte din.");
        }
        if (!IntakeRoles.mayWork(user.roles())) {
            deny(user, unit, null, "Rollen arbetar inte i mottagningen");
            throw new ForbiddenException("Mottagningen är för socialsekreterare i mottagningen och arbetsledare.");
        }
        return unit;
    }

    /** The contact, when it belongs to one of the user's units and the user works at intake. */
    Contact contact(ContactId id, CurrentUser user) {
        Contact c = records.find(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        if (!user.belongsTo(c.unit())) {
            deny(user, c.unit(), c, "Kontakt på en annan enhet");
            throw new NotFoundException(NOT_FOUND);
        }
        if (!IntakeRoles.mayWork(user.roles())) {
            deny(user, c.unit(), c, "Rollen arbetar inte i mottagningen");
            throw new ForbiddenException("Mottagningen är för socialsekreterare i mottagningen och arbetsledare.");
        }
        return c;
    }

    /** One row for what the user saw or did with the contact. */
    void log(CurrentUser user, Contact c, AccessAction action, String detail) {
        accessLog.record(user, new AccessEvent(action, c.unit(), null, null, c.person(), null,
                detail).about(new Subject(SubjectType.CONTACT, c.id().value())));
    }

    /** One row for a list of the unit's contacts (the people are found through the contacts of the day). */
    void logList(CurrentUser user, UnitId unit, int shown) {
        accessLog.record(user, new AccessEvent(AccessAction.LIST_CONTACTS, unit, null, null, null, null, "Dagens kontakter, " + shown + " st")
                .about(new Subject(SubjectType.LIST, null)));
    }

    private void deny(CurrentUser user, UnitId unit, Contact c, String detail) {
        accessLog.recordDenied(user, new AccessEvent(AccessAction.DENIED, unit, null, null, c == null ? null : c.person(), null, detail)
                .about(c == null ? new Subject(SubjectType.PAGE, null) : new Subject(SubjectType.CONTACT, c.id().value())));
    }
}
