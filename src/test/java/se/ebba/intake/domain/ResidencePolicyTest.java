package se.ebba.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.ebba.shared.InvalidInputException;

class ResidencePolicyTest {

    /** Östermalm handles Kungsholmen, Norrmalm and Östermalm (PROCESS.md §1); Bromma its own district. */
    static ResidencePolicy ostermalm() {
        return new ResidencePolicy(List.of("Kungsholmen", "Norrmalm", "Östermalm"),
                Map.of("Kungsholmen", "Östermalm", "Norrmalm", "Östermalm", "Östermalm", "Östermalm", "Bromma", "Bromma"));
    }

    @Test
    void aPersonLivingInOneOfTheUnitsDistrictsBelongsToTheUnit() {
        assertThat(ostermalm().assess("Norrmalm", true, null, null)).isEqualTo(new ResidencePolicy.Outcome.Belongs("Norrmalm", Optional.empty()));
    }

    @Test
    void aPersonLivingInAnotherUnitsDistrictIsReferredWithWhereAndWhy() {
        ResidencePolicy.Outcome outcome = ostermalm().assess("Bromma", true, "Bromma", "Bor och är folkbokförd i Bromma.");

        assertThat(outcome).isEqualTo(new ResidencePolicy.Outcome.ReferredElsewhere("Bromma", "Bor och är folkbokförd i Bromma."));
    }

    @Test
    void aReferralWithoutWhereOrWhyIsRefusedNamingBothFields() {
        assertThatThrownBy(() -> ostermalm().assess("Bromma", true, " ", null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field).containsExactly("referredTo", "reason"));
    }

    @Test
    void theUnitServingTheDistrictIsSuggestedAndAnotherMunicipalityOutsideTheList() {
        assertThat(ostermalm().suggestedReferral("Bromma")).contains("Bromma");
        assertThat(ostermalm().suggestedReferral(ResidencePolicy.OTHER_MUNICIPALITY)).contains(ResidencePolicy.OTHER_MUNICIPALITY);
        assertThat(ostermalm().suggestedReferral("Östermalm")).isEmpty();
    }

    @Test
    void livingInTheDistrictWithoutBeingRegisteredThereNeedsANote() {
        assertThatThrownBy(() -> ostermalm().assess("Östermalm", false, null, ""))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field).containsExactly("reason"));
        assertThat(ostermalm().assess("Östermalm", false, null, "Bor hos sin syster i andra hand."))
                .isEqualTo(new ResidencePolicy.Outcome.Belongs("Östermalm", Optional.of("Bor hos sin syster i andra hand.")));
    }

    @Test
    void aDistrictThatIsNotInTheListIsRefused() {
        assertThatThrownBy(() -> ostermalm().assess("Atlantis", true, "x", "y"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field).containsExactly("district"));
    }
}
