package se.ebba.payment.internal;

import se.ebba.casefile.domain.CaseId;
import se.ebba.payment.domain.CaseAccounts;
import se.ebba.payment.domain.RegisteredAccount;

/** The recipients' accounts registered on cases, append-only. */
public interface AccountBook {

    void append(RegisteredAccount account);

    CaseAccounts ofCase(CaseId caseId);
}
