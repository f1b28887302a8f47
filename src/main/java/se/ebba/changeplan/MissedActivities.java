package se.ebba.changeplan;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import se.ebba.casefile.domain.CaseId;
import se.ebba.changeplan.domain.MissedActivity;
import se.ebba.changeplan.internal.ChangePlans;

/**
 * The dates on which the applicant missed an agreed activity without a valid reason, for a case
 * another module has already opened (the month's proposal flags them); writes nothing to the log.
 */
@Service
public class MissedActivities {

    private final ChangePlans plans;

    MissedActivities(ChangePlans plans) {
        this.plans = plans;
    }

    /** Missed activities without a valid reason from {@code from} to {@code to}, both included. */
    public List<LocalDate> withoutValidReason(CaseId opened, LocalDate from, LocalDate to) {
        return plans.ofCase(opened).map(p -> p.missedActivities().stream()
                .filter(m -> m.assessment() == MissedActivity.Assessment.NO_VALID_REASON)
                .map(MissedActivity::missedOn).filter(d -> !d.isBefore(from) && !d.isAfter(to)).sorted().toList())
                .orElse(List.of());
    }
}
