package se.ebba.monthly;

import java.util.List;
import se.ebba.monthly.domain.ProposalFlag;

/**
 * One source of flags on a month's proposal (a Spring bean; every bean of this type is asked). A new
 * source, such as the controls calendar's checks due, is one small class implementing this.
 */
interface ProposalFlagSource {

    List<ProposalFlag> flags(ProposalFacts facts);
}
