package se.ebba.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.ebba.shared.InvalidInputException.FieldError;

class EmergencyChecklistTest {

    @Test
    void aHouseholdWithoutChildrenNeedsNoChildrensItems() {
        assertThat(EmergencyChecklist.noChildren().complete()).isTrue();
    }

    @Test
    void aFamilyWithChildrenNeedsTheChildrensSituationAndTheContactWithTheChildrensUnit() {
        EmergencyChecklist empty = new EmergencyChecklist(true, Optional.of("  "), Optional.empty(), Optional.empty());

        assertThat(empty.complete()).isFalse();
        assertThat(empty.missing()).extracting(FieldError::field).containsExactly("childrenNeeds", "childrenUnitContact");
    }

    @Test
    void decidingThatTheChildrensUnitNeedNotBeContactedNeedsAReason() {
        EmergencyChecklist withoutReason = new EmergencyChecklist(true, Optional.of("Barnen äter hos mormor i kväll."),
                Optional.of(ChildrenUnitContact.NOT_NEEDED), Optional.empty());
        EmergencyChecklist withReason = new EmergencyChecklist(true, Optional.of("Barnen äter hos mormor i kväll."),
                Optional.of(ChildrenUnitContact.NOT_NEEDED), Optional.of("Tillfällig situation, barnen har stöd av nätverket."));

        assertThat(withoutReason.missing()).extracting(FieldError::field).containsExactly("childrenUnitNote");
        assertThat(withReason.complete()).isTrue();
    }

    @Test
    void aFamilyWhoseChildrensUnitWasContactedIsComplete() {
        assertThat(new EmergencyChecklist(true, Optional.of("Familjen har mat till i morgon."), Optional.of(ChildrenUnitContact.CONTACTED),
                Optional.empty()).complete()).isTrue();
    }
}
