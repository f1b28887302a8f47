package se.ebba.audit;

import java.util.List;
import java.util.UUID;
import se.ebba.identity.domain.PersonId;
import se.ebba.identity.domain.UnitId;

/**
 * One line of the access log. {@code detail} is a short description without personal data: never
 * a personnummer, name or address (those are found through the case and person ids).
 *
 * @param ownCaseload whether the case is in the user's own caseload (responsible caseworker);
 *                    null when it does not concern a case
 * @param subject     what was actually shown or changed (a case, an application, a decision, a
 *                    letter …); null for rows that name nothing more than the case or unit
 * @param caseIds     the cases a list view showed; empty for anything else
 */
public record AccessEvent(AccessAction action, UnitId unit, UUID caseId, String caseNumber, PersonId person,
                          Boolean ownCaseload, String detail, Subject subject, List<UUID> caseIds) {

    public AccessEvent {
        caseIds = caseIds == null ? List.of() : List.copyOf(caseIds);
    }

    public AccessEvent(AccessAction action, UnitId unit, UUID caseId, String caseNumber, PersonId person, Boolean ownCaseload,
                       String detail) {
        this(action, unit, caseId, caseNumber, person, ownCaseload, detail, null, List.of());
    }

    public static AccessEvent ofCase(AccessAction action, UnitId unit, UUID caseId, String caseNumber, boolean ownCaseload,
                                     String detail) {
        return new AccessEvent(action, unit, caseId, caseNumber, null, ownCaseload, detail);
    }

    /** A list view (Mina ärenden, Ärendefördelning, Beslut att fatta, search hits) with the cases it showed. */
    public static AccessEvent ofList(AccessAction action, UnitId unit, List<UUID> caseIds, String detail) {
        return new AccessEvent(action, unit, null, null, null, null, detail, new Subject(SubjectType.LIST, null), caseIds);
    }

    /** A refused request for a page or an API resource that is not a case (the path names no person). */
    public static AccessEvent refusedPage(String method, String path) {
        return new AccessEvent(AccessAction.DENIED, null, null, null, null, null, method + " " + path,
                new Subject(SubjectType.PAGE, null), List.of());
    }

    public AccessEvent about(Subject subject) {
        return new AccessEvent(action, unit, caseId, caseNumber, person, ownCaseload, detail, subject, caseIds);
    }

    /** What a log row is about. */
    public enum SubjectType {
        CASE("Ärende"), PERSON("Person"), APPLICATION("Ansökan"), DECISION("Beslut"), LETTER("Beslutsbrev"),
        JOURNAL("Journal"), CALCULATION("Beräkning"), PAGE("Sida"), LIST("Lista"),
        CONTACT("Kontakt i mottagningen"), PAYMENT("Utbetalning"), PAYMENT_RUN("Utbetalningskörning"),
        PROPOSAL("Förslag till beslut"), RECOVERY("Felaktig utbetalning och återkrav"), CONTROL("Kontroll i årshjulet");

        private final String text;

        SubjectType(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    /** The thing shown or changed, by its id (null when the type alone says it, as for a page or a list). */
    public record Subject(SubjectType type, UUID id) {

        public Subject {
            java.util.Objects.requireNonNull(type, "type");
        }
    }
}
