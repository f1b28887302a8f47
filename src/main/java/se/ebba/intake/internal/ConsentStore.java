package se.ebba.intake.internal;

import java.util.List;
import se.ebba.casefile.domain.CaseId;
import se.ebba.intake.domain.Consent;
import se.ebba.intake.domain.ConsentId;
import se.ebba.intake.domain.HomeVisit;

/** Consents with their withdrawals, and home visits; append-only. */
public interface ConsentStore {

    List<Consent> ofCase(CaseId caseId);

    void add(Consent consent);

    /** @throws se.ebba.shared.ConcurrentEditException when the consent was withdrawn at the same moment by someone else */
    void addWithdrawal(ConsentId consent, Consent.Withdrawal withdrawal);

    List<HomeVisit> visits(CaseId caseId);

    void add(HomeVisit visit);
}
