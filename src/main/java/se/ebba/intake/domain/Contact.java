package se.ebba.intake.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.domain.PersonId;
import se.ebba.identity.domain.UnitId;
import se.ebba.identity.domain.UserId;
import se.ebba.shared.InvalidInputException;

/**
 * A contact at intake: who got in touch, how and when, with which unit. It leads at most to one
 * case and one formal application; the assessments made during it are records of their own.
 */
public final class Contact {

    private final ContactId id;
    private final UnitId unit;
    private final PersonId person;
    private final ContactChannel channel;
    private final Instant contactedAt;
    private final UserId registeredBy;
    private CaseId caseId;
    private UUID applicationId;
    private final int version;

    public Contact(ContactId id, UnitId unit, PersonId person, ContactChannel channel, Instant contactedAt, UserId registeredBy,
                   CaseId caseId, UUID applicationId, int version) {
        this.id = Objects.requireNonNull(id);
        this.unit = Objects.requireNonNull(unit);
        this.person = Objects.requireNonNull(person);
        this.channel = Objects.requireNonNull(channel);
        this.contactedAt = Objects.requireNonNull(contactedAt);
        this.registeredBy = Objects.requireNonNull(registeredBy);
        this.caseId = caseId;
        this.applicationId = applicationId;
        this.version = version;
    }

    public static Contact take(UnitId unit, PersonId person, ContactChannel channel, Instant at, UserId by) {
        return new Contact(ContactId.random(), unit, person, channel, at, by, null, null, 0);
    }

    /** The case the contact led to (opened from intake, or opened for an emergency assessment). */
    public void openedCase(CaseId opened) {
        if (caseId != null && !caseId.equals(opened)) {
            throw new IllegalStateException("The contact already led to another case");
        }
        caseId = Objects.requireNonNull(opened);
    }

    /** The formal application registered from this contact; one contact leads to at most one. */
    public void registeredApplication(CaseId inCase, UUID application) {
        if (applicationId != null) {
            throw new InvalidInputException("application", "En ansökan är redan registrerad från den här kontakten.");
        }
        openedCase(inCase);
        applicationId = Objects.requireNonNull(application);
    }

    public boolean hasApplication() {
        return applicationId != null;
    }

    public ContactId id() {
        return id;
    }

    public UnitId unit() {
        return unit;
    }

    public PersonId person() {
        return person;
    }

    public ContactChannel channel() {
        return channel;
    }

    public Instant contactedAt() {
        return contactedAt;
    }

    public UserId registeredBy() {
        return registeredBy;
    }

    public Optional<CaseId> caseId() {
        return Optional.ofNullable(caseId);
    }

    public Optional<UUID> applicationId() {
        return Optional.ofNullable(applicationId);
    }

    public int version() {
        return version;
    }
}
