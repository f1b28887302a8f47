package se.ebba.audit;

import se.ebba.identity.domain.UnitId;
import se.ebba.identity.domain.UserId;

/**
 * One line of the access log about an administrator's change of a user: the user changed and the
 * account before and after (role titles, unit names, rights, enabled flag; usernames only, never
 * personal data of clients). Written once per unit concerned, so each unit's review shows it.
 *
 * @param unit the unit whose review shows the line; null for an account without units
 */
public record AdministrationEvent(AccessAction action, UnitId unit, UserId targetUser, String targetUsername, String before,
                                  String after, String detail) {
}
