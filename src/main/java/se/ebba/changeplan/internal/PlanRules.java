package se.ebba.changeplan.internal;

import java.time.LocalDate;
import java.util.List;
import se.ebba.changeplan.domain.InterventionType;
import se.ebba.changeplan.domain.PlanSettings;
import se.ebba.identity.domain.UnitId;

/** The dated data plans are made by: the intervention catalogue and the follow-up settings. */
public interface PlanRules {

    /** Every catalogue row, old and current; callers pick the ones valid on a date. */
    List<InterventionType> catalogue();

    /** The unit's setting valid on the date, else the default for every unit. */
    PlanSettings settings(UnitId unit, LocalDate on);
}
