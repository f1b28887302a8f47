package se.ebba.quality.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the audit rules read about one open case, gathered from the modules that own it: only facts
 * (whether something is written, dates, counts), never a text of the case.
 *
 * @param ongoing          the case is referred to the ongoing team (Aktuellt – pågående); a case at
 *                         intake is audited only for its decisions
 * @param referredOn       when the case was referred, from which the plan's deadline counts
 * @param planWithinMonths the unit's deadline for the first förändringsplan after referral
 */
public record CaseAuditFacts(LocalDate today, boolean ongoing, boolean householdHasChildren, Optional<LocalDate> referredOn,
                             int planWithinMonths, Investigation investigation, Optional<Plan> plan, Optional<String> noPlanReason,
                             List<Refusal> refusals) {

    public CaseAuditFacts {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(investigation, "investigation");
        refusals = List.copyOf(refusals);
    }

    /**
     * The grundutredning.
     *
     * @param saved           a version of it is saved
     * @param missingHeadings the titles of the required headings not written, in their order
     */
    public record Investigation(boolean saved, boolean complete, boolean analysisWritten, boolean childrenWritten,
                                List<String> missingHeadings) {

        public Investigation {
            missingHeadings = List.copyOf(missingHeadings);
        }

        public static Investigation none() {
            return new Investigation(false, false, false, false, List.of());
        }
    }

    /**
     * The current version of the förändringsplan and what was recorded on it.
     *
     * @param lastFollowUpOn the newest follow-up held, if any
     * @param signed         the current version is signed by the applicant (awaiting a signature is not signed)
     */
    public record Plan(LocalDate agreedOn, boolean goalIndividual, int subGoals, int requirements, boolean participationWritten,
                       Optional<LocalDate> nextFollowUpOn, Optional<LocalDate> lastFollowUpOn, boolean signed) {
    }

    /**
     * A decision that went against the applicant in the household's case.
     *
     * @param childrenWithoutAnalysis children of the household with no child impact analysis written before the decision
     */
    public record Refusal(LocalDate decidedOn, int childrenWithoutAnalysis) {
    }
}
