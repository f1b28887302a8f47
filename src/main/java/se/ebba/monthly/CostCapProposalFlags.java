package se.ebba.monthly;

import java.util.List;
import org.springframework.stereotype.Component;
import se.ebba.calculation.domain.Kronor;
import se.ebba.monthly.domain.ProposalFlag;
import se.ebba.monthly.domain.ProposalFlagKind;

/** A cost the calculation limited to the unit's cap: the part above it would be refused. */
@Component
class CostCapProposalFlags implements ProposalFlagSource {

    @Override
    public List<ProposalFlag> flags(ProposalFacts facts) {
        return facts.calculation().lines().stream().filter(l -> l.notAccepted() > 0).map(l -> new ProposalFlag(
                ProposalFlagKind.COST_ABOVE_CAP, l.text() + ": " + Kronor.format(l.claimed()) + " kr, skäligt "
                        + Kronor.format(l.amount()) + " kr (" + Kronor.format(l.notAccepted()) + " kr över taket).")).toList();
    }
}
