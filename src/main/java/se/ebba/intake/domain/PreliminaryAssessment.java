package se.ebba.intake.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.ebba.identity.domain.UserId;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.InvalidInputException.FieldError;

/**
 * A preliminary assessment (förhandsbedömning): the person's own account, the household and the
 * amounts a quick estimate against the norm was made from, the estimate (whole kronor per month,
 * not a saved calculation) and the outcome.
 *
 * <p>Everyone has the right to have an application tried (PROCESS.md §1): when the person insists
 * on applying, the outcome is a registered application whatever the estimate says.
 */
public record PreliminaryAssessment(UUID id, ContactId contact, String account, int adults, List<Integer> childrenAges, long housingCost,
                                    long income, long estimatedNeed, int normYear, AssessmentOutcome outcome, boolean insists,
                                    Instant assessedAt, UserId assessedBy) {

    public PreliminaryAssessment {
        childrenAges = List.copyOf(childrenAges);
        if (insists && outcome != AssessmentOutcome.APPLICATION_REGISTERED) {
            throw new IllegalArgumentException("A person who insists gets a formal application");
        }
    }

    /** What the user wrote, before the estimate is made. */
    public record Input(String account, Integer adults, List<Integer> childrenAges, Long housingCost, Long income,
                        AssessmentOutcome outcome, boolean insists) {

        public Input {
            childrenAges = childrenAges == null ? List.of() : List.copyOf(childrenAges);
        }

        /** The outcome that counts: a person who insists on applying gets a registered application. */
        public AssessmentOutcome effectiveOutcome() {
            return insists ? AssessmentOutcome.APPLICATION_REGISTERED : outcome;
        }

        /** Every field that is missing or out of bounds, one Swedish message each. */
        public void check() {
            List<FieldError> errors = new ArrayList<>();
            if (account == null || account.isBlank()) {
                errors.add(new FieldError("account", "Skriv personens egen berättelse om sin situation."));
            }
            if (adults == null || adults < 1 || adults > 2) {
                errors.add(new FieldError("adults", "Ange 1 eller 2 vuxna i hushållet."));
            }
            if (childrenAges.size() > 15 || childrenAges.stream().anyMatch(a -> a == null || a < 0 || a > 20)) {
                errors.add(new FieldError("childrenAges", "Skriv barnens åldrar som tal mellan 0 och 20, åtskilda med komma, t.ex. 4, 9."));
            }
            if (housingCost == null || housingCost < 0 || housingCost > 100_000) {
                errors.add(new FieldError("housingCost", "Ange boendekostnaden i hela kronor per månad, 0–100 000."));
            }
            if (income == null || income < 0 || income > 1_000_000) {
                errors.add(new FieldError("income", "Ange hushållets inkomster i hela kronor per månad, 0–1 000 000."));
            }
            if (outcome == null && !insists) {
                errors.add(new FieldError("outcome", "Välj vad förhandsbedömningen ledde till."));
            }
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
        }
    }

    /** Whether the estimate says that the household's income seems to cover its need. */
    public boolean incomeSeemsToCoverNeed() {
        return estimatedNeed <= 0;
    }
}
