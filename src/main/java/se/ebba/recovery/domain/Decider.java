package se.ebba.recovery.domain;

import java.util.Map;
import java.util.Objects;
import se.ebba.calculation.domain.LegalSubject;
import se.ebba.identity.domain.UserId;

/**
 * Who decides a recovery or a waiver and under what: the delegation rule that allows it and the law
 * in force on the decision date (its code and the legal-basis table in its numbering).
 */
public record Decider(UserId id, String name, String title, String delegation, String lawCode, Map<LegalSubject, String> law) {

    public Decider {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(delegation, "delegation");
        Objects.requireNonNull(lawCode, "lawCode");
        law = Map.copyOf(law);
    }

    /** The citation of a paragraph, e.g. "33 kap. 1 § socialtjänstlagen (2025:400)". */
    public String cite(LegalSubject subject) {
        return law.getOrDefault(subject, "");
    }
}
