package se.ebba.calculation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.domain.UserId;

/** Saved calculations; append-only. */
public interface CalculationArchive {

    void save(SavedCalculation calculation, UserId by);

    Optional<SavedCalculation> find(UUID id);

    /** The case's saved calculations, newest first. */
    List<SavedCalculation> ofCase(CaseId caseId);
}
