package se.ebba.calculation.internal;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The calculation's own record of decided months (for jobbstimulans). Appended, never changed. */
public interface SupportMonths {

    /** Records a decision on a month once; a repeated delivery of the same decision is ignored. */
    void record(UUID caseId, UUID decisionId, YearMonth month, boolean livelihoodSupportGranted, Optional<UUID> replaces, Instant at);

    /** The months with försörjningsstöd granted by a decision in force (not replaced by a changed decision). */
    Set<YearMonth> monthsWithLivelihoodSupport(UUID caseId);
}
