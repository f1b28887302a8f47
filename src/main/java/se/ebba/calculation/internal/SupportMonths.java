package se.ebba.calculation.internal;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The calculation's own record of decided months (for jobbstimulans): per case and decision, and per
 * person (the unit's person record) and decision. Appended, never changed.
 */
public interface SupportMonths {

    /** Records a decision on a month once; a repeated delivery of the same decision is ignored. */
    void record(UUID caseId, UUID decisionId, YearMonth month, boolean livelihoodSupportGranted, Optional<UUID> replaces, Instant at);

    /**
     * Records the decision for each adult of the household at the time; a repeated delivery is ignored
     * for the adults already recorded.
     */
    void recordForPeople(Collection<UUID> people, UUID caseId, UUID decisionId, YearMonth month, boolean livelihoodSupportGranted,
                         Optional<UUID> replaces, Instant at);

    /** The months with försörjningsstöd granted by a decision in force (not replaced by a changed decision). */
    Set<YearMonth> monthsWithLivelihoodSupport(UUID caseId);

    /** The person's months with försörjningsstöd by decisions in force, in whichever of the unit's cases and households. */
    Set<YearMonth> monthsWithLivelihoodSupportOfPerson(UUID personId);
}
