package se.ebba.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.ebba.identity.domain.UserId;
import se.ebba.shared.InvalidInputException;

class PreliminaryAssessmentTest {

    @Test
    void aPersonWhoInsistsGetsARegisteredApplicationWhateverOutcomeWasChosen() {
        PreliminaryAssessment.Input input = new PreliminaryAssessment.Input("Har lön som räcker men vill söka.", 1, List.of(), 6000L, 30000L,
                AssessmentOutcome.INFORMATION_ONLY, true);

        assertThat(input.effectiveOutcome()).isEqualTo(AssessmentOutcome.APPLICATION_REGISTERED);
    }

    @Test
    void withoutInsistingTheChosenOutcomeCounts() {
        assertThat(new PreliminaryAssessment.Input("Berättelse", 1, List.of(), 0L, 0L, AssessmentOutcome.APPLICATION_FORM_SENT, false)
                .effectiveOutcome()).isEqualTo(AssessmentOutcome.APPLICATION_FORM_SENT);
    }

    @Test
    void anAssessmentRecordingThatThePersonInsistedCannotHaveAnotherOutcome() {
        assertThatThrownBy(() -> new PreliminaryAssessment(UUID.randomUUID(), ContactId.random(), "x", 1, List.of(), 0, 0, 0, 2026,
                AssessmentOutcome.INFORMATION_ONLY, true, Instant.EPOCH, new UserId(UUID.randomUUID())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyMissingOrImpossibleFieldIsNamed() {
        PreliminaryAssessment.Input input = new PreliminaryAssessment.Input(" ", 3, List.of(4, 25), -1L, null, null, false);

        assertThatThrownBy(input::check).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                .extracting(InvalidInputException.FieldError::field)
                .containsExactly("account", "adults", "childrenAges", "housingCost", "income", "outcome"));
    }
}
