package se.ebba.audit;

import java.time.LocalDate;
import java.util.List;
import se.ebba.identity.CurrentUser;

/** The append-only access log (OSL 26 kap.; every view and change is traceable to a person). */
public interface AccessLog {

    /** Appends the event for the user; runs in the caller's transaction when there is one. */
    void record(CurrentUser user, AccessEvent event);

    /**
     * Appends the event in a transaction of its own, so that it stays even when the caller's
     * transaction is rolled back (a refused attempt is logged and then answered with an error).
     */
    void recordDenied(CurrentUser user, AccessEvent event);

    /** Appends an administrator's change of a user, naming the user changed and the state before and after. */
    void recordAdministration(CurrentUser by, AdministrationEvent event);

    /**
     * Appends an administrator's refused attempt to change a user, in a transaction of its own, so
     * that it stays although the attempt is answered with an error and nothing is changed.
     */
    void recordAdministrationDenied(CurrentUser by, AdministrationEvent event);

    /**
     * Appends a failed login by a name that belongs to no user: no user id, and the name as typed
     * is not kept (it may be a password typed into the wrong field).
     */
    void recordUnknownUser(AccessEvent event);

    /** The unit's log, newest first; the username filter matches the acting user and the user an administrator changed. */
    List<AccessLogEntry> search(AccessLogQuery query);

    record AccessLogQuery(java.util.Set<se.ebba.identity.domain.UnitId> units, String username, String caseNumber,
                          LocalDate from, LocalDate to, boolean onlyOutsideOwnCaseload, int limit) {
    }
}
