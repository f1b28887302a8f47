package se.ebba.investigation.web;

import jakarta.validation.constraints.Size;
import java.util.Optional;
import se.ebba.investigation.domain.InitialAssessmentPart1;
import se.ebba.investigation.domain.InitialAssessmentPart3;

/** The two forms of the Initial bedömning page, one record per form. */
final class InitialAssessmentForms {

    private InitialAssessmentForms() {
    }

    /** Part 1: the basis for the right to assistance. */
    record Part1Form(@Size(max = 100) String civilStatus, @Size(max = 100) String citizenship, String householdNotes, String appliedFor,
                     Boolean interpreterNeeded, @Size(max = 100) String interpreterLanguage) {

        static Part1Form of(Optional<InitialAssessmentPart1> saved) {
            return saved.map(p -> new Part1Form(p.civilStatus(), p.citizenship(), p.householdNotes(), p.appliedFor(), p.interpreterNeeded(),
                    p.interpreterLanguage())).orElse(new Part1Form(null, null, null, null, false, null));
        }

        public boolean interpreter() {
            return Boolean.TRUE.equals(interpreterNeeded);
        }

        InitialAssessmentPart1.Content content() {
            return new InitialAssessmentPart1.Content(civilStatus, citizenship, householdNotes, appliedFor, interpreter(), interpreterLanguage);
        }
    }

    /** Part 3: the applicant's own description. */
    record Part3Form(String workHistory, String education, String health, String network, String children, String housing, String goals) {

        static Part3Form of(Optional<InitialAssessmentPart3> saved) {
            return saved.map(p -> new Part3Form(p.workHistory(), p.education(), p.health(), p.network(), p.children(), p.housing(), p.goals()))
                    .orElse(new Part3Form(null, null, null, null, null, null, null));
        }

        InitialAssessmentPart3.Content content() {
            return new InitialAssessmentPart3.Content(workHistory, education, health, network, children, housing, goals);
        }
    }
}
