package se.ebba.investigation.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.domain.UnitId;
import se.ebba.investigation.domain.Referral;

/** Referrals to the ongoing team and their reviews (both append-only). */
public interface Referrals {

    void add(Referral referral);

    /** Records the team lead's review of the referral; a referral is reviewed once. */
    void reviewed(Referral referral);

    /** The case's newest referral. */
    Optional<Referral> newestOf(CaseId caseId);

    /** Referrals in the units that wait for the team lead, oldest first. */
    List<Referral> awaitingReview(Collection<UnitId> units);
}
