package se.ebba.monthly;

import java.util.List;
import org.springframework.stereotype.Component;
import se.ebba.application.domain.SwedishDates;
import se.ebba.monthly.domain.ProposalFlag;
import se.ebba.monthly.domain.ProposalFlagKind;

/** An application that came in after the unit's application window. */
@Component
class LateProposalFlags implements ProposalFlagSource {

    @Override
    public List<ProposalFlag> flags(ProposalFacts facts) {
        return facts.application().late() ? List.of(new ProposalFlag(ProposalFlagKind.LATE_APPLICATION,
                "Ansökan för " + SwedishDates.month(facts.application().month()) + " kom in efter ansökningsperioden.")) : List.of();
    }
}
