package se.ebba.intake;

import java.time.Instant;
import java.util.Optional;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.domain.PersonId;
import se.ebba.intake.domain.AssessmentOutcome;
import se.ebba.intake.domain.ContactChannel;
import se.ebba.intake.domain.ContactId;

/** A contact in the unit's list of the day, with what has been done since. */
public record ContactSummary(ContactId id, PersonId person, ContactChannel channel, Instant contactedAt, String registeredByName,
                             Optional<AssessmentOutcome> outcome, Optional<Boolean> belongs, Optional<CaseId> caseId) {
}
