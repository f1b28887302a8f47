package se.ebba.changeplan.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The applicant's signature of a plan version, as recorded by staff. */
public sealed interface Signature extends PlanPart permits Signature.OnPaper, Signature.AwaitingEService {

    UUID id();

    int versionNumber();

    PlanAuthor recordedBy();

    Instant recordedAt();

    /** Signed on paper on the date; the paper is kept in the case file. */
    record OnPaper(UUID id, int versionNumber, LocalDate signedOn, PlanAuthor recordedBy, Instant recordedAt) implements Signature {
    }

    /** To be signed by the applicant in the e-service; until then the version is not signed. */
    record AwaitingEService(UUID id, int versionNumber, PlanAuthor recordedBy, Instant recordedAt) implements Signature {
    }
}
