package se.ebba.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.ebba.audit.AccessAction;
import se.ebba.casefile.CaseFiles;
import se.ebba.casefile.CaseRef;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.CurrentUser;
import se.ebba.intake.domain.Consent;
import se.ebba.intake.domain.ConsentId;
import se.ebba.intake.ConsentScope;
import se.ebba.intake.domain.HomeVisit;
import se.ebba.intake.domain.Recorded;
import se.ebba.intake.internal.ConsentStore;
import se.ebba.shared.InvalidInputException;

/**
 * The applicant's consents to contact health care, Jobbtorg, employers, Försäkringskassan … and to a
 * home visit: recorded with scope, date and how long they hold; a withdrawal is recorded beside the
 * consent and ends it.
 */
@Service
public class Consents {

    private final ConsentStore store;
    private final CaseFiles caseFiles;
    private final Clock clock;

    Consents(ConsentStore store, CaseFiles caseFiles, Clock clock) {
        this.store = store;
        this.caseFiles = caseFiles;
        this.clock = clock;
    }

    /** The case's consents (valid or not on {@code today}) and the home visits made. */
    public record ConsentsPage(CaseRef caseRef, List<Consent> consents, List<HomeVisit> homeVisits, LocalDate today) {

        public List<Consent> validHomeVisitConsents() {
            return consents.stream().filter(c -> c.scope() == ConsentScope.HOME_VISIT && c.validOn(today)).toList();
        }
    }

    public record NewConsent(ConsentScope scope, String counterpart, LocalDate givenOn, LocalDate validUntil) {
    }

    public ConsentsPage page(CaseId caseId, CurrentUser user) {
        CaseRef ref = caseFiles.openForReading(caseId, user, AccessAction.VIEW_CONSENTS, "Samtycken och hembesök");
        return new ConsentsPage(ref, store.ofCase(caseId), store.visits(caseId), LocalDate.now(clock));
    }

    @Transactional
    public Consent record(CaseId caseId, NewConsent consent, CurrentUser user) {
        caseFiles.openForChange(caseId, user, AccessAction.RECORD_CONSENT, "Samtycke registrerat");
        Consent given = Consent.give(caseId, consent.scope(), consent.counterpart(), consent.givenOn(), consent.validUntil(),
                LocalDate.now(clock), new Recorded(user.id(), user.displayName(), clock.instant()));
        store.add(given);
        return given;
    }

    @Transactional
    public void withdraw(CaseId caseId, ConsentId consentId, LocalDate withdrawnOn, CurrentUser user) {
        caseFiles.openForChange(caseId, user, AccessAction.WITHDRAW_CONSENT, "Samtycke återkallat");
        Consent consent = store.ofCase(caseId).stream().filter(c -> c.id().equals(consentId)).findFirst()
                .orElseThrow(() -> new InvalidInputException("consent", "Samtycket finns inte i ärendet."));
        store.addWithdrawal(consentId, consent.withdraw(withdrawnOn, LocalDate.now(clock),
                new Recorded(user.id(), user.displayName(), clock.instant())));
    }
}
