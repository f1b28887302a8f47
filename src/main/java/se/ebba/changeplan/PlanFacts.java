package se.ebba.changeplan;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the quality module's audit reads about a case's förändringsplan: dates, counts and whether
 * something is written, never the plan's texts (so it writes nothing to the access log).
 *
 * @param referredOn       the newest referral to the ongoing team
 * @param planWithinMonths the unit's deadline for the first plan after referral, valid today
 * @param current          the current version of the plan, if the case has one
 * @param noPlanReason     the recorded reason why the case has no plan
 */
public record PlanFacts(Optional<LocalDate> referredOn, int planWithinMonths, Optional<Current> current, Optional<String> noPlanReason) {

    /**
     * @param goalIndividual the goal, or a sub-goal, says more than "become self-sufficient" (IndividualGoalPolicy)
     * @param lastFollowUpOn the newest follow-up held of the current version
     * @param signed         the current version is signed by the applicant
     */
    public record Current(LocalDate agreedOn, boolean goalIndividual, int subGoals, int requirements, boolean participationWritten,
                          Optional<LocalDate> nextFollowUpOn, Optional<LocalDate> lastFollowUpOn, boolean signed) {
    }
}
