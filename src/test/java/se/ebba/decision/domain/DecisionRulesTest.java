package se.ebba.decision.domain;

import se.ebba.application.domain.Application;
import se.ebba.application.domain.ApplicationId;
import se.ebba.application.domain.ApplicationKind;
import se.ebba.application.domain.ApplicationState;
import se.ebba.application.domain.AppliedItem;
import se.ebba.application.domain.ItemKind;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.ebba.shared.InvalidInputException.FieldError;

class DecisionRulesTest {

    final AppliedItem livelihood = new AppliedItem(UUID.randomUUID(), 0, ItemKind.LIVELIHOOD_SUPPORT, "Försörjningsstöd för december 2026", null);
    final AppliedItem glasses = new AppliedItem(UUID.randomUUID(), 1, ItemKind.OTHER_NEEDS, "Glasögon", 1_800L);
    final Application application = new Application(ApplicationId.newId(), UUID.randomUUID(), ApplicationKind.MONTHLY, YearMonth.of(2026, 12),
            LocalDate.of(2026, 11, 20), List.of(livelihood, glasses), Instant.parse("2026-11-20T10:00:00Z"), ApplicationState.RECEIVED, 0);
    final UUID elsa = UUID.randomUUID();
    final UUID noah = UUID.randomUUID();

    static final String REASONS = "Hyran är högre än vad som är skäligt för hushållets storlek; skälig hyra godtas.";

    DecisionDraft draft(Outcome livelihoodOutcome, Long granted, Outcome glassesOutcome, String reasons) {
        return new DecisionDraft(List.of(new DecisionDraft.ItemDecision(livelihood.id(), livelihoodOutcome, granted),
                new DecisionDraft.ItemDecision(glasses.id(), glassesOutcome, null)), DecisionGround.NEED_ASSESSMENT, reasons, null);
    }

    static List<String> fields(DecisionRules.Resolution r) {
        return r.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void aFullGrantTakesTheCalculatedAmountAndNeedsNoReasonsOrChildImpactAnalyses() {
        var r = DecisionRules.resolve(application, draft(Outcome.GRANTED, null, Outcome.GRANTED, ""), 14_250L,
                List.of(new DecisionRules.Child(elsa, "Elsa", false)));
        assertThat(r.errors()).isEmpty();
        assertThat(r.againstApplicant()).isFalse();
        assertThat(r.totalGranted()).isEqualTo(14_250 + 1_800);
        assertThat(r.delegationAmounts(DecisionGround.NEED_ASSESSMENT))
                .containsEntry(DecisionType.LIVELIHOOD_SUPPORT, 14_250L).containsEntry(DecisionType.OTHER_NEEDS, 1_800L)
                .doesNotContainKey(DecisionType.REFUSAL);
    }

    @Test
    void aPartialGrantInAFamilyWithChildrenIsBlockedUntilEveryChildHasAnAnalysisAndSaysWhichChildLacksOne() {
        var r = DecisionRules.resolve(application, draft(Outcome.PARTLY_GRANTED, 12_000L, Outcome.GRANTED, REASONS), 14_250L,
                List.of(new DecisionRules.Child(elsa, "Elsa", true), new DecisionRules.Child(noah, "Noah", false)));
        assertThat(fields(r)).containsExactly("childImpact");
        assertThat(r.errors().getFirst().message()).contains("Noah").doesNotContain("Elsa");

        var analysed = DecisionRules.resolve(application, draft(Outcome.PARTLY_GRANTED, 12_000L, Outcome.GRANTED, REASONS), 14_250L,
                List.of(new DecisionRules.Child(elsa, "Elsa", true), new DecisionRules.Child(noah, "Noah", true)));
        assertThat(analysed.errors()).isEmpty();
        assertThat(analysed.delegationAmounts(DecisionGround.NEED_ASSESSMENT))
                .containsEntry(DecisionType.LIVELIHOOD_SUPPORT, 12_000L).containsEntry(DecisionType.REFUSAL, 2_250L);
    }

    @Test
    void aRefusalNeedsReasonsWrittenForTheHousehold() {
        var r = DecisionRules.resolve(application, draft(Outcome.GRANTED, null, Outcome.REFUSED, "Avslag."), 14_250L, List.of());
        assertThat(fields(r)).containsExactly("reasons");
        assertThat(r.againstApplicant()).isTrue();
    }

    @Test
    void aPartialGrantMustBeMoreThanNothingAndLessThanTheCalculatedAmount() {
        assertThat(fields(DecisionRules.resolve(application, draft(Outcome.PARTLY_GRANTED, 14_250L, Outcome.GRANTED, REASONS), 14_250L, List.of())))
                .containsExactly("item0.granted");
        assertThat(fields(DecisionRules.resolve(application, draft(Outcome.PARTLY_GRANTED, null, Outcome.GRANTED, REASONS), 14_250L, List.of())))
                .containsExactly("item0.granted");
        assertThat(fields(DecisionRules.resolve(application, draft(Outcome.PARTLY_GRANTED, 0L, Outcome.GRANTED, REASONS), 14_250L, List.of())))
                .containsExactly("item0.granted");
    }

    @Test
    void everyAppliedItemNeedsAnOutcome() {
        var r = DecisionRules.resolve(application, draft(Outcome.GRANTED, null, null, ""), 14_250L, List.of());
        assertThat(fields(r)).containsExactly("item1.outcome");
        assertThat(r.errors().getFirst().message()).contains("Glasögon");
    }

    @Test
    void forsorjningsstodCannotBeDecidedWithoutASavedCalculation() {
        var r = DecisionRules.resolve(application, draft(Outcome.GRANTED, null, Outcome.GRANTED, ""), null, List.of());
        assertThat(fields(r)).containsExactly("calculation");
    }

    @Test
    void grantingInFullWhenIncomeCoversTheNeedIsNotPossible() {
        var r = DecisionRules.resolve(application, draft(Outcome.GRANTED, null, Outcome.GRANTED, ""), -500L, List.of());
        assertThat(fields(r)).containsExactly("item0.outcome");
    }

    @Test
    void aReductionForADeclinedActivityRecordsTheActivityTheDatesTheExplanationAndItsAssessment() {
        var incomplete = new DecisionDraft(List.of(new DecisionDraft.ItemDecision(livelihood.id(), Outcome.PARTLY_GRANTED, 10_000L),
                new DecisionDraft.ItemDecision(glasses.id(), Outcome.GRANTED, null)), DecisionGround.DECLINED_ACTIVITY, REASONS,
                new DecisionDraft.ActivityRecord("SFI", "2026-11-03, 2026-11-10", "", ""));
        assertThat(fields(DecisionRules.resolve(application, incomplete, 14_250L, List.of()))).containsExactly("activity");

        var complete = new DecisionDraft(incomplete.items(), DecisionGround.DECLINED_ACTIVITY, REASONS,
                new DecisionDraft.ActivityRecord("SFI", "2026-11-03, 2026-11-10", "Var sjuk men hade inget intyg.",
                        "Förklaringen godtas inte: ingen kontakt togs med SFI någon av dagarna."));
        var r = DecisionRules.resolve(application, complete, 14_250L, List.of());
        assertThat(r.errors()).isEmpty();
        assertThat(r.delegationAmounts(DecisionGround.DECLINED_ACTIVITY)).containsEntry(DecisionType.REDUCTION_DECLINED_ACTIVITY, 4_250L);
    }

    @Test
    void theActivityGroundCannotBeUsedForADecisionThatGrantsEverything() {
        var draft = new DecisionDraft(draft(Outcome.GRANTED, null, Outcome.GRANTED, "").items(), DecisionGround.DECLINED_ACTIVITY, "",
                new DecisionDraft.ActivityRecord("SFI", "2026-11-03", "Sjuk", "Godtas"));
        assertThat(fields(DecisionRules.resolve(application, draft, 14_250L, List.of()))).contains("ground");
    }
}
