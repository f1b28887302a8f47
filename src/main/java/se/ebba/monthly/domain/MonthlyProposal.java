package se.ebba.monthly.domain;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.ebba.application.domain.ApplicationId;
import se.ebba.calculation.domain.InputChanges;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.domain.UnitId;

/**
 * Månadens förslag: what the system prepared as soon as a monthly application was complete. The
 * saved calculation a decision rests on, its total, the jobbstimulans status, what changed since last
 * month and what a person must look at. Never changed once prepared; what became of it is
 * {@code outcome} (empty while it waits for a person).
 *
 * @param recurring the case was granted försörjningsstöd for the month before
 * @param late      the application came in after the unit's application window
 */
public record MonthlyProposal(MonthlyProposalId id, ApplicationId applicationId, CaseId caseId, String caseNumber, UnitId unit,
                              YearMonth month,
                              UUID calculationId, long total, String jobStimulus, boolean recurring, boolean late,
                              InputChanges changes, List<ProposalFlag> flags, Instant completedAt, Instant preparedAt,
                              Optional<ProposalOutcome> outcome) {

    public MonthlyProposal {
        flags = List.copyOf(flags);
        outcome = outcome == null ? Optional.empty() : outcome;
    }

    /** Whether it still waits for a person (nothing decided, not sent on). */
    public boolean waiting() {
        return outcome.isEmpty();
    }

    public boolean flagged() {
        return !flags.isEmpty();
    }

    /** The same proposal with what became of it. */
    public MonthlyProposal with(ProposalOutcome happened) {
        return new MonthlyProposal(id, applicationId, caseId, caseNumber, unit, month, calculationId, total, jobStimulus, recurring, late,
                changes, flags, completedAt, preparedAt, Optional.of(happened));
    }
}
