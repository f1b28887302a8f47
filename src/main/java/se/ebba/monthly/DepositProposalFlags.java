package se.ebba.monthly;

import java.util.List;
import org.springframework.stereotype.Component;
import se.ebba.calculation.domain.Kronor;
import se.ebba.monthly.domain.ProposalFlag;
import se.ebba.monthly.domain.ProposalFlagKind;

/** A deposit on the household's accounts that no stated income explains (as the completed application found it). */
@Component
class DepositProposalFlags implements ProposalFlagSource {

    @Override
    public List<ProposalFlag> flags(ProposalFacts facts) {
        return facts.application().unaccountedDeposits().stream().map(d -> new ProposalFlag(ProposalFlagKind.UNACCOUNTED_DEPOSIT,
                Kronor.format(d.amount()) + " kr insatt " + d.bookedOn() + " på kontot " + d.account() + ".")).toList();
    }
}
