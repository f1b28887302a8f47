package se.ebba.changeplan;

import java.time.LocalDate;
import se.ebba.casefile.domain.CaseId;

/** A change plan (förändringsplan) was agreed or revised; its next follow-up is due on the date. */
public record ChangePlanAgreed(CaseId caseId, LocalDate agreedOn, LocalDate nextFollowUpOn) {
}
