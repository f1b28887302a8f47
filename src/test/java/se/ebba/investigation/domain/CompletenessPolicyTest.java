package se.ebba.investigation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CompletenessPolicyTest {

    final CompletenessPolicy policy = new CompletenessPolicy(Headings.partTwo());

    @Test
    void aGrundutredningWithEveryHeadingWrittenIsComplete() {
        assertThat(policy.check(Headings.allWritten(), true).isComplete()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"FAMILY_SITUATION", "HOUSING", "ECONOMY", "WORK", "HEALTH", "SOCIAL_NETWORK", "EARLIER_ATTEMPTS", "GOALS",
            "ASSESSMENT"})
    void anEmptyHeadingKeepsItIncompleteAndIsNamed(String code) {
        CompletenessPolicy.Outcome outcome = policy.check(Headings.allWrittenBut(code), false);

        assertThat(outcome.isComplete()).isFalse();
        assertThat(outcome.missing()).extracting(CompletenessPolicy.Missing::headingCode).containsExactly(code);
        String title = Headings.partTwo().stream().filter(h -> h.code().equals(code)).findFirst().orElseThrow().title();
        assertThat(outcome.missing().getFirst().reason()).isEqualTo("Rubriken " + title + " är tom.");
    }

    @Test
    void aHeadingWithOnlySpacesIsEmpty() {
        Map<String, String> texts = Headings.allWritten();
        texts.put("HOUSING", "   \n ");

        assertThat(policy.check(texts, false).missing()).extracting(CompletenessPolicy.Missing::headingCode).containsExactly("HOUSING");
    }

    @Test
    void aMissingAnalysisIsNamedAsTheAnalysis() {
        CompletenessPolicy.Outcome outcome = policy.check(Headings.allWrittenBut("ANALYSIS"), false);

        assertThat(outcome.isComplete()).isFalse();
        assertThat(outcome.missing()).singleElement().satisfies(m -> {
            assertThat(m.headingCode()).isEqualTo("ANALYSIS");
            assertThat(m.reason()).startsWith("Analysen saknas");
        });
    }

    @Test
    void inAHouseholdWithChildrenTheChildrensSituationMustBeDescribed() {
        CompletenessPolicy.Outcome outcome = policy.check(Headings.allWrittenBut("CHILDREN"), true);

        assertThat(outcome.missing()).singleElement().satisfies(m -> {
            assertThat(m.headingCode()).isEqualTo("CHILDREN");
            assertThat(m.reason()).startsWith("Barnens situation är inte beskriven");
        });
    }

    @Test
    void inAHouseholdWithoutChildrenTheChildrensSituationMayBeLeftEmpty() {
        assertThat(policy.check(Headings.allWrittenBut("CHILDREN"), false).isComplete()).isTrue();
        assertThat(policy.required(Headings.partTwo().get(1), false)).isFalse();
        assertThat(policy.required(Headings.partTwo().get(1), true)).isTrue();
    }

    @Test
    void everythingMissingIsListedInTheOrderOfTheHeadings() {
        List<String> missing = policy.check(Map.of("HEALTH", "Frisk."), true).missing().stream()
                .map(CompletenessPolicy.Missing::headingCode).toList();

        assertThat(missing).containsExactly("FAMILY_SITUATION", "CHILDREN", "HOUSING", "ECONOMY", "WORK", "SOCIAL_NETWORK",
                "EARLIER_ATTEMPTS", "GOALS", "ANALYSIS", "ASSESSMENT");
    }

    @Test
    void theHeadingsAreTakenInTheOrderTheirDataGives() {
        List<Heading> reversed = new java.util.ArrayList<>(Headings.partTwo());
        java.util.Collections.reverse(reversed);

        assertThat(new CompletenessPolicy(reversed).headings()).isEqualTo(Headings.partTwo());
    }
}
