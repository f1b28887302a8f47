package se.ebba.calculation;

import se.ebba.calculation.domain.JobStimulusPolicy.JobStimulusStatus;
import se.ebba.casefile.domain.HouseholdRole;
import se.ebba.identity.domain.PersonId;

/** Jobbstimulans of one adult of a case's household in a month, from the person's own months with försörjningsstöd. */
public record AdultJobStimulus(PersonId person, HouseholdRole role, JobStimulusStatus status) {
}
