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
import se.ebba.calculation.domain.CalculationLine;
import se.ebba.calculation.domain.LineKind;
import se.ebba.shared.InvalidInputException.FieldError;

/** A payment officer's case: rent 8 500 kr above the unit's cap of 6 330 kr, and försörjningsstöd "Beviljas". */
class PartialRefusalPolicyTest {

    static final String LAW = "12 kap. 1 § socialtjänstlagen (2025:400)";
    final List<CalculationLine> lines = List.of(
            new CalculationLine(LineKind.PERSONAL_COST, "Sökande, vuxen", 3_510, "Riksnormen", LAW),
            new CalculationLine(LineKind.HOUSEHOLD_COST, "Gemensamma hushållskostnader, 1 person", 1_340, "Riksnormen", LAW),
            new CalculationLine(LineKind.REASONABLE_COST, "Boendekostnad (begränsad till skälig nivå)", 6_330,
                    "Faktisk kostnad 8 500 kr; enhetens tak 6 330 kr för 1–2 vuxna utan barn (Demo)", LAW, 8_500L),
            new CalculationLine(LineKind.REASONABLE_COST, "Hushållsel", 300, "Faktisk kostnad", LAW));

    final AppliedItem livelihood = new AppliedItem(UUID.randomUUID(), 0, ItemKind.LIVELIHOOD_SUPPORT, "Försörjningsstöd för december 2026", null);
    final Application application = new Application(ApplicationId.newId(), UUID.randomUUID(), ApplicationKind.MONTHLY, YearMonth.of(2026, 12),
            LocalDate.of(2026, 11, 20), List.of(livelihood), Instant.parse("2026-11-20T10:00:00Z"), ApplicationState.RECEIVED, 0);

    DecisionDraft granted(String partReasons) {
        return new DecisionDraft(List.of(new DecisionDraft.ItemDecision(livelihood.id(), Outcome.GRANTED, null)), DecisionGround.NEED_ASSESSMENT,
                "", null, partReasons == null ? List.of() : List.of(new DecisionDraft.PartReasons("line2", partReasons)));
    }

    @Test
    void rentAboveTheCapIsARefusedPartOfTwoThousandOneHundredSeventyKronor() {
        List<RefusedPart> parts = PartialRefusalPolicy.refusedParts(lines);

        assertThat(parts).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("line2");
            assertThat(p.amount()).isEqualTo(2_170);
            assertThat(p.subject()).isEqualTo("din boendekostnad");
            assertThat(p.legalReference()).isEqualTo(LAW);
            assertThat(p.statement().replace('\u00a0', ' '))
                    .startsWith("Du får avslag på 2 170 kr av din boendekostnad eftersom den är högre än vad som är skäligt");
        });
    }

    @Test
    void aNormLoweredForSpecialReasonsIsARefusedPartOfTheNorm() {
        List<RefusedPart> parts = PartialRefusalPolicy.refusedParts(List.of(
                new CalculationLine(LineKind.NORM_ADJUSTMENT, "Sänkt norm: Hushållet får mat via boendet", -1_200, "Särskilda skäl", LAW),
                new CalculationLine(LineKind.NORM_ADJUSTMENT, "Höjd norm: Särskild kost", 400, "Särskilda skäl", LAW)));

        assertThat(parts).singleElement().satisfies(p -> {
            assertThat(p.amount()).isEqualTo(1_200);
            assertThat(p.statement()).contains("riksnormen").contains("Hushållet får mat via boendet");
        });
    }

    @Test
    void aGrantOfTheCappedCalculationGoesAgainstTheApplicantAndNeedsReasonsForTheRefusedPart() {
        var r = DecisionRules.resolve(application, granted(null), 10_000L, PartialRefusalPolicy.refusedParts(lines), List.of());

        assertThat(r.againstApplicant()).isTrue();
        assertThat(r.errors()).extracting(FieldError::field).containsExactly("part.line2.reasons");
        assertThat(r.errors().getFirst().message().replace('\u00a0', ' ')).contains("2 170 kr av din boendekostnad");
    }

    @Test
    void theRefusedPartNeedsDelegationForARefusalAndAChildImpactAnalysisForEachChild() {
        var parts = PartialRefusalPolicy.refusedParts(lines);
        String reasons = "Hyran är högre än taket för ett hushåll med en vuxen; du har inte visat skäl att godta mer.";

        var withChild = DecisionRules.resolve(application, granted(reasons), 10_000L, parts,
                List.of(new DecisionRules.Child(UUID.randomUUID(), "Elsa", false)));
        assertThat(withChild.errors()).extracting(FieldError::field).containsExactly("childImpact");

        var r = DecisionRules.resolve(application, granted(reasons), 10_000L, parts, List.of());
        assertThat(r.errors()).isEmpty();
        assertThat(r.refusedParts()).singleElement().satisfies(p -> assertThat(p.reasons()).isEqualTo(reasons));
        assertThat(r.delegationAmounts(DecisionGround.NEED_ASSESSMENT))
                .containsEntry(DecisionType.LIVELIHOOD_SUPPORT, 10_000L).containsEntry(DecisionType.REFUSAL, 2_170L);
    }

    @Test
    void aRefusedFörsörjningsstödHasNoRefusedPartsOfItsOwn() {
        var draft = new DecisionDraft(List.of(new DecisionDraft.ItemDecision(livelihood.id(), Outcome.REFUSED, null)),
                DecisionGround.NEED_ASSESSMENT, "Inkomsterna täcker behovet enligt beräkningen för månaden.", null);
        var r = DecisionRules.resolve(application, draft, 10_000L, PartialRefusalPolicy.refusedParts(lines), List.of());

        assertThat(r.errors()).isEmpty();
        assertThat(r.refusedParts()).isEmpty();
    }
}
