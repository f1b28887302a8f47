package se.ebba.audit;

import java.util.UUID;
import se.ebba.identity.domain.PersonId;
import se.ebba.identity.domain.UnitId;

/**
 * One line of the access log. {@code detail} is a short description without personal data: never
 * a personnummer, name or address (those are found through the case and person ids).
 *
 * @param ownCaseload whether the case is in the user's own caseload (responsible caseworker);
 *                    null when it does not concern a case
 */
public record AccessEvent(AccessAction action, UnitId unit, UUID caseId, String caseNumber, PersonId person,
                          Boolean ownCaseload, String detail) {

    public static AccessEvent ofCase(AccessAction action, UnitId unit, UUID caseId, String caseNumber, boolean ownCaseload,
                                     String detail) {
        return new AccessEvent(action, unit, caseId, caseNumber, null, ownCaseload, detail);
    }
}
