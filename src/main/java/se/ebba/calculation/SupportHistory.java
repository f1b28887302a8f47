package se.ebba.calculation;

import java.time.YearMonth;
import java.util.Set;
import se.ebba.casefile.domain.CaseId;

/**
 * The months in which a household received försörjningsstöd, as decided. Implemented by the
 * decision module (which depends on calculation, not the other way round); jobbstimulans is
 * derived from it.
 */
public interface SupportHistory {

    Set<YearMonth> monthsWithLivelihoodSupport(CaseId caseId);
}
