package se.ebba.monthly;

import java.util.List;
import org.springframework.stereotype.Component;
import se.ebba.changeplan.MissedActivities;
import se.ebba.monthly.domain.ProposalFlag;
import se.ebba.monthly.domain.ProposalFlagKind;

/** An activity of the change plan missed without a valid reason in the month before the benefit month or in it. */
@Component
class MissedActivityProposalFlags implements ProposalFlagSource {

    private final MissedActivities missed;

    MissedActivityProposalFlags(MissedActivities missed) {
        this.missed = missed;
    }

    @Override
    public List<ProposalFlag> flags(ProposalFacts facts) {
        var month = facts.application().month();
        return missed.withoutValidReason(facts.application().caseId(), month.minusMonths(1).atDay(1), month.atEndOfMonth()).stream()
                .map(d -> new ProposalFlag(ProposalFlagKind.MISSED_ACTIVITY, "Uteblev " + d + " utan godtagbart skäl.")).toList();
    }
}
