package se.ebba.calculation;

import java.time.YearMonth;
import java.util.Optional;
import java.util.UUID;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.domain.UserId;

/** Saved calculations; append-only. */
public interface CalculationArchive {

    void save(SavedCalculation calculation, UserId by);

    Optional<SavedCalculation> find(UUID id);

    /** The newest calculation saved for the case and benefit month. */
    Optional<SavedCalculation> latest(CaseId caseId, YearMonth month);
}
