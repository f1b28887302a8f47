package se.ebba.recovery.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.UUID;
import se.ebba.identity.domain.UserId;

/**
 * One recorded step of a recovery matter (see {@link StepKind} for what each kind uses); append-only,
 * a correction is a new step pointing at the one it corrects ({@code corrects}).
 *
 * @param onDate     the day it happened: decided, agreed, paid, reported
 * @param amount     the kronor of a decision, a monthly instalment, a repayment or a waiver
 * @param person     the FUT handed to, or who decided
 * @param personName their name, or (police report) who decided to report
 * @param reference  the grant decision of 33 kap. 2 § (decision) or the police's reference (police report)
 */
public record Step(UUID id, IncorrectPaymentId matter, StepKind kind, LocalDate onDate, Long amount, YearMonth startMonth, YearMonth endMonth,
                   RecoveryGround ground, ClosedAs closedAs, String text, String reference, String lawCode, String legalBasis,
                   UserId person, String personName, String title, String delegation, UUID corrects,
                   UserId recordedBy, String recordedByName, Instant recordedAt) {

    public Step {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(matter, "matter");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(onDate, "onDate");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
        text = text == null ? "" : text;
    }

    /** Who recorded a step, and when. */
    public record Recorder(UserId id, String name, Instant at) {
    }

    /** A step of a kind with only the common fields set; the builders below fill in the rest. */
    static Step of(IncorrectPaymentId matter, StepKind kind, LocalDate on, Recorder by) {
        return new Step(UUID.randomUUID(), matter, kind, on, null, null, null, null, null, "", null, null, null, null, null, null, null, null,
                by.id(), by.name(), by.at());
    }

    Step withAmount(Long value) {
        return new Step(id, matter, kind, onDate, value, startMonth, endMonth, ground, closedAs, text, reference, lawCode, legalBasis, person,
                personName, title, delegation, corrects, recordedBy, recordedByName, recordedAt);
    }

    Step withMonths(YearMonth start, YearMonth end) {
        return new Step(id, matter, kind, onDate, amount, start, end, ground, closedAs, text, reference, lawCode, legalBasis, person,
                personName, title, delegation, corrects, recordedBy, recordedByName, recordedAt);
    }

    Step withText(String value, String ref) {
        return new Step(id, matter, kind, onDate, amount, startMonth, endMonth, ground, closedAs, value, ref, lawCode, legalBasis, person,
                personName, title, delegation, corrects, recordedBy, recordedByName, recordedAt);
    }

    Step withPerson(UserId who, String name, String signedAs) {
        return new Step(id, matter, kind, onDate, amount, startMonth, endMonth, ground, closedAs, text, reference, lawCode, legalBasis, who,
                name, signedAs, delegation, corrects, recordedBy, recordedByName, recordedAt);
    }

    Step withDecision(RecoveryGround g, String law, String basis, String delegated) {
        return new Step(id, matter, kind, onDate, amount, startMonth, endMonth, g, closedAs, text, reference, law, basis, person,
                personName, title, delegated, corrects, recordedBy, recordedByName, recordedAt);
    }

    Step closing(ClosedAs how) {
        return new Step(id, matter, kind, onDate, amount, startMonth, endMonth, ground, how, text, reference, lawCode, legalBasis, person,
                personName, title, delegation, corrects, recordedBy, recordedByName, recordedAt);
    }

    Step correcting(UUID corrected) {
        return new Step(id, matter, kind, onDate, amount, startMonth, endMonth, ground, closedAs, text, reference, lawCode, legalBasis, person,
                personName, title, delegation, corrected, recordedBy, recordedByName, recordedAt);
    }

    /** The paragraphs cited, one per line (a decision: the recovery paragraph and the appeal paragraph). */
    public java.util.List<String> legalBasisLines() {
        return legalBasis == null ? java.util.List.of() : java.util.List.of(legalBasis.split("\n"));
    }

    public boolean isCorrection() {
        return corrects != null;
    }
}
