package se.ebba.calculation;

import java.time.YearMonth;
import java.util.Optional;
import java.util.UUID;
import se.ebba.casefile.domain.CaseId;

/**
 * What the calculation needs to know of a decision to derive jobbstimulans (SoL 12 kap. 8 §): whether
 * försörjningsstöd was granted for a month, and which earlier decision it replaces. The decision
 * module's {@code DecisionMade} event implements it: the calculation listens to its own type because
 * the decision module depends on the calculation (a listener on {@code DecisionMade} itself would be a
 * cycle between the modules).
 */
public interface LivelihoodSupportDecided {

    CaseId caseId();

    YearMonth month();

    /** The id of the decision. */
    UUID decisionReference();

    /** The decision a changed decision replaces; it no longer counts. */
    Optional<UUID> replacedDecisionReference();

    boolean livelihoodSupportGranted();
}
