package se.ebba.changeplan.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import se.ebba.casefile.domain.CaseId;
import se.ebba.changeplan.domain.ChangePlan;
import se.ebba.identity.domain.UserId;

/** All change plans, with what the plan overview needs about the cases without one. */
public interface ChangePlans {

    Optional<ChangePlan> ofCase(CaseId caseId);

    /**
     * Appends what was added to the plan (a new plan is created first) and, when the changes bump
     * the version, moves it on from the version the plan was loaded at; fails with a concurrent-edit
     * error when someone else changed the plan since.
     */
    void save(ChangePlan plan);

    void addNoPlanReason(CaseId caseId, String reason, UserId by, Instant at);

    /** The newest recorded reason why the cases have no plan. */
    Map<CaseId, String> noPlanReasons(Collection<CaseId> cases);

    void addReferral(CaseId caseId, LocalDate referredOn, Instant at);

    /** The newest referral date of each of the cases that has one. */
    Map<CaseId, LocalDate> referrals(Collection<CaseId> cases);

    /** One row per case that has a plan, for the overview. */
    Map<CaseId, PlanRow> planRows(Collection<CaseId> cases);

    /** What the overview shows of a case's plan. */
    record PlanRow(LocalDate firstAgreedOn, LocalDate currentAgreedOn, int versionNumber, LocalDate nextFollowUpOn,
                   java.util.List<String> interventionCodes) {
    }
}
