package se.ebba.changeplan;

import java.time.LocalDate;
import se.ebba.casefile.domain.CaseId;

/** A change plan was followed up; the next follow-up is due on the date. */
public record ChangePlanFollowedUp(CaseId caseId, LocalDate followedUpOn, LocalDate nextFollowUpOn) {
}
