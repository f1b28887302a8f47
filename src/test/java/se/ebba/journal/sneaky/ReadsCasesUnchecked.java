package se.ebba.journal.sneaky;

import se.ebba.casefile.domain.CaseId;
import se.ebba.casefile.internal.Cases;

/**
 * A fixture for ArchitectureTest, never a bean: what the issue found possible (the journal module
 * reading the case file's repository, past its access checks and the access log). The repository
 * rule must reject it.
 */
public final class ReadsCasesUnchecked {

    private final Cases cases;

    public ReadsCasesUnchecked(Cases cases) {
        this.cases = cases;
    }

    public boolean exists(CaseId id) {
        return cases.find(id).isPresent();
    }
}
