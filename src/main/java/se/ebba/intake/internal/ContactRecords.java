package se.ebba.intake.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.ebba.identity.domain.UnitId;
import se.ebba.intake.ContactSummary;
import se.ebba.intake.domain.Contact;
import se.ebba.intake.domain.ContactId;
import se.ebba.intake.domain.EmergencyAssessment;
import se.ebba.intake.domain.PreliminaryAssessment;
import se.ebba.intake.domain.ResidenceCheck;

/** Intake's contacts and the assessments made during them (append-only; the newest counts). */
public interface ContactRecords {

    void add(Contact contact);

    Optional<Contact> find(ContactId id);

    /** Stores the contact's new case and application; a concurrent-edit error when someone else changed it first. */
    void update(Contact changed);

    /** The unit's contacts taken from {@code from} (inclusive) to {@code to} (exclusive), newest first. */
    List<ContactSummary> ofUnit(UnitId unit, Instant from, Instant to);

    void addAssessment(PreliminaryAssessment assessment);

    Optional<PreliminaryAssessment> latestAssessment(ContactId contact);

    void addResidenceCheck(ResidenceCheck check);

    Optional<ResidenceCheck> latestResidenceCheck(ContactId contact);

    void addEmergency(EmergencyAssessment assessment);

    List<EmergencyAssessment> emergencies(ContactId contact);
}
