package se.ebba.decision.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.ebba.application.domain.Application;
import se.ebba.application.domain.ApplicationId;
import se.ebba.application.domain.ApplicationKind;
import se.ebba.application.domain.ApplicationState;
import se.ebba.application.domain.AppliedItem;
import se.ebba.application.domain.ItemKind;
import se.ebba.decision.domain.DecisionDraft;
import se.ebba.decision.domain.DecisionGround;
import se.ebba.decision.domain.Outcome;

class DecisionFormsTest {

    final AppliedItem livelihood = new AppliedItem(UUID.randomUUID(), 0, ItemKind.LIVELIHOOD_SUPPORT, "Försörjningsstöd", null);
    final AppliedItem glasses = new AppliedItem(UUID.randomUUID(), 1, ItemKind.OTHER_NEEDS, "Glasögon", 1_800L);
    final Application application = new Application(ApplicationId.newId(), UUID.randomUUID(), ApplicationKind.MONTHLY, YearMonth.of(2026, 12),
            LocalDate.of(2026, 11, 20), List.of(livelihood, glasses), Instant.parse("2026-11-20T10:00:00Z"), ApplicationState.RECEIVED, 0);

    @Test
    void aDraftShownInTheFormReadsBackAsTheSameDraft() {
        DecisionDraft draft = new DecisionDraft(List.of(new DecisionDraft.ItemDecision(livelihood.id(), Outcome.PARTLY_GRANTED, 9_000L),
                new DecisionDraft.ItemDecision(glasses.id(), Outcome.REFUSED, null)), DecisionGround.DECLINED_ACTIVITY, "Skäl",
                new DecisionDraft.ActivityRecord("Jobbtorg", "3 och 10 november", "Var sjuk", "Inte godtagbart"));

        DecisionDraft back = DecisionForms.toDraft(application, DecisionForms.toForm(application, draft));

        assertThat(back.items()).isEqualTo(draft.items());
        assertThat(back.ground()).isEqualTo(DecisionGround.DECLINED_ACTIVITY);
        assertThat(back.reasons()).isEqualTo("Skäl");
        assertThat(back.activity()).isEqualTo(draft.activity());
    }

    @Test
    void anAmountThatIsNotANumberIsLeftForTheRulesToReport() {
        DecisionForm form = new DecisionForm("preview", List.of(new DecisionForm.ItemFields("PARTLY_GRANTED", "nio tusen")), "NEED_ASSESSMENT",
                "", null, null, null, null, null);

        DecisionDraft draft = DecisionForms.toDraft(application, form);

        assertThat(draft.items().getFirst().grantedAmount()).isEqualTo(-1L);
        assertThat(draft.items().get(1).outcome()).isNull();
        assertThat(draft.activity()).isNull();
    }

    @Test
    void savingAnAnalysisKeepsTheDraftAndTheOtherChildrensTextButNotTheSavedOne() {
        UUID alice = UUID.randomUUID();
        UUID oliver = UUID.randomUUID();
        DecisionForm form = new DecisionForm("preview", List.of(new DecisionForm.ItemFields("GRANTED", null)), "NEED_ASSESSMENT", "Skäl",
                Map.of("line2", new DecisionForm.PartFields("Hyran är för hög")), null,
                Map.of(alice.toString(), new DecisionForm.AnalysisFields("a", "b", "c"),
                        oliver.toString(), new DecisionForm.AnalysisFields("d", "e", "f")), alice.toString(), null);

        DecisionForm kept = form.withoutAnalysisOf(alice);

        assertThat(kept.analysisOf(alice).situation()).isNull();
        assertThat(kept.analysisOf(oliver).situation()).isEqualTo("d");
        assertThat(kept.partReasons("line2")).isEqualTo("Hyran är för hög");
        assertThat(kept.item(0).outcome()).isEqualTo("GRANTED");
        assertThat(kept.child()).isNull();
    }
}
