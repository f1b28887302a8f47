package se.ebba.changeplan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IndividualGoalPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"Bli självförsörjande", "bli självförsörjande.", "Att bli självförsörjande", "Självförsörjning",
            "Egen försörjning", "Få ett jobb", "Arbete", "Målet är att bli ekonomiskt självständig"})
    void warnsWhenTheOnlyGoalIsGenericWording(String goal) {
        assertThat(IndividualGoalPolicy.assess(goal, List.of())).isInstanceOf(IndividualGoalPolicy.TooGeneric.class);
    }

    @Test
    void warnsWhenTheSubGoalsAreAsGenericAsTheGoal() {
        assertThat(IndividualGoalPolicy.assess("Bli självförsörjande", List.of("Få arbete", "Egen försörjning")))
                .isInstanceOf(IndividualGoalPolicy.TooGeneric.class);
    }

    @Test
    void acceptsAGoalThatNamesTheApplicantsOwnWay() {
        assertThat(IndividualGoalPolicy.assess("Bli självförsörjande genom arbete som undersköterska inom ett år", List.of()))
                .isInstanceOf(IndividualGoalPolicy.Individual.class);
    }

    @Test
    void acceptsAGenericGoalWhenAnIndividualSubGoalSaysHow() {
        assertThat(IndividualGoalPolicy.assess("Bli självförsörjande", List.of("Klara SFI kurs C till juni")))
                .isInstanceOf(IndividualGoalPolicy.Individual.class);
    }

    @Test
    void theWarningTellsTheCaseworkerWhatAnIndividualGoalSays() {
        var assessment = (IndividualGoalPolicy.TooGeneric) IndividualGoalPolicy.assess("bli självförsörjande", List.of());
        assertThat(assessment.warning()).contains("individuellt mål").contains("bli självförsörjande");
    }
}
