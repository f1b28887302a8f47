package se.ebba.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.ebba.audit.AccessAction;
import se.ebba.casefile.CaseFiles;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.CurrentUser;
import se.ebba.intake.domain.Consent;
import se.ebba.intake.domain.ConsentId;
import se.ebba.intake.domain.HomeVisit;
import se.ebba.intake.domain.HomeVisitPolicy;
import se.ebba.intake.domain.Recorded;
import se.ebba.intake.internal.ConsentStore;
import se.ebba.shared.InvalidInputException;

/** Home visits (hembesök): recorded only with a consent to a home visit valid on the day, and a reason ({@link HomeVisitPolicy}). */
@Service
public class HomeVisits {

    private final ConsentStore store;
    private final CaseFiles caseFiles;
    private final Clock clock;

    HomeVisits(ConsentStore store, CaseFiles caseFiles, Clock clock) {
        this.store = store;
        this.caseFiles = caseFiles;
        this.clock = clock;
    }

    @Transactional
    public HomeVisit record(CaseId caseId, ConsentId consentId, LocalDate visitOn, String reason, CurrentUser user) {
        caseFiles.openForChange(caseId, user, AccessAction.RECORD_HOME_VISIT, "Hembesök registrerat");
        Optional<Consent> consent = consentId == null ? Optional.empty()
                : store.ofCase(caseId).stream().filter(c -> c.id().equals(consentId)).findFirst();
        return switch (HomeVisitPolicy.check(caseId, consent, visitOn, reason, LocalDate.now(clock),
                new Recorded(user.id(), user.displayName(), clock.instant()))) {
            case HomeVisitPolicy.Allowed allowed -> {
                store.add(allowed.visit());
                yield allowed.visit();
            }
            case HomeVisitPolicy.Refused refused -> throw new InvalidInputException(refused.reasons());
        };
    }
}
