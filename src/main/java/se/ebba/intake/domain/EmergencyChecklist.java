package se.ebba.intake.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.ebba.shared.InvalidInputException.FieldError;

/**
 * The checklist for families with children in an emergency assessment: are there children in the
 * household, how are their needs of food and a place to sleep met today, and was the children's
 * unit contacted (or a report of concern made, SoL 14 kap. 1 §), or why not. The child's best
 * interests are considered in every decision that concerns a child (SoL 1 kap. 2 §), so an
 * emergency decision for a family cannot be made with an item unanswered.
 */
public record EmergencyChecklist(boolean childrenInHousehold, Optional<String> childrenNeeds, Optional<ChildrenUnitContact> childrenUnitContact,
                                 Optional<String> childrenUnitNote) {

    public EmergencyChecklist {
        childrenNeeds = childrenNeeds.filter(s -> !s.isBlank()).map(String::strip);
        childrenUnitNote = childrenUnitNote.filter(s -> !s.isBlank()).map(String::strip);
    }

    public static EmergencyChecklist noChildren() {
        return new EmergencyChecklist(false, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** What is missing, one Swedish message per item; empty when the checklist is complete. */
    public List<FieldError> missing() {
        List<FieldError> errors = new ArrayList<>();
        if (!childrenInHousehold) {
            return errors;
        }
        if (childrenNeeds.isEmpty()) {
            errors.add(new FieldError("childrenNeeds", "Beskriv hur barnens behov av mat och boende är tillgodosedda i dag."));
        }
        if (childrenUnitContact.isEmpty()) {
            errors.add(new FieldError("childrenUnitContact", "Ange om barnenheten är kontaktad eller en orosanmälan gjord."));
        } else if (childrenUnitContact.get() == ChildrenUnitContact.NOT_NEEDED && childrenUnitNote.isEmpty()) {
            errors.add(new FieldError("childrenUnitNote", "Skriv varför kontakt med barnenheten inte behövs."));
        }
        return errors;
    }

    public boolean complete() {
        return missing().isEmpty();
    }
}
