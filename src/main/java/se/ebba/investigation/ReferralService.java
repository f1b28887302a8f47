package se.ebba.investigation;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.ebba.audit.AccessAction;
import se.ebba.audit.AccessEvent.Subject;
import se.ebba.audit.AccessEvent.SubjectType;
import se.ebba.casefile.CaseDetails;
import se.ebba.casefile.CaseFiles;
import se.ebba.casefile.domain.AssignmentMethod;
import se.ebba.casefile.domain.CaseId;
import se.ebba.casefile.domain.CaseState;
import se.ebba.decision.Decisions;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.UserView;
import se.ebba.identity.domain.UserId;
import se.ebba.investigation.domain.Referral;
import se.ebba.investigation.domain.ReferralPolicy;
import se.ebba.investigation.internal.Referrals;
import se.ebba.shared.ConcurrentEditException;
import se.ebba.shared.ForbiddenException;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.InvalidInputException.FieldError;

/**
 * The referral from intake to the ongoing team (slussen / utredningsgruppen): only with a complete
 * grundutredning and a decision; it moves the case to OPEN_ONGOING and puts it in the team lead's
 * queue, where the team lead reviews it and assigns a caseworker by hand or by the birth-day rule.
 */
@Service
public class ReferralService {

    static final String REASON = "Remitterad till utredningsgruppen: grundutredningen är klar och beslut är fattat";

    private final Referrals referrals;
    private final BasicInvestigationService investigations;
    private final CaseFiles caseFiles;
    private final Decisions decisions;
    private final Clock clock;

    ReferralService(Referrals referrals, BasicInvestigationService investigations, CaseFiles caseFiles, Decisions decisions, Clock clock) {
        this.referrals = referrals;
        this.investigations = investigations;
        this.caseFiles = caseFiles;
        this.decisions = decisions;
        this.clock = clock;
    }

    /**
     * The referral page: whether the case may be referred now (and if not, why), its newest
     * referral, and for a team lead the caseworkers to assign.
     */
    public record ReferralPage(CaseDetails caseDetails, ReferralPolicy.Outcome readiness, Optional<Referral> referral,
                               List<UserView> caseworkers, boolean mayAssign) {

        public boolean awaitsReview() {
            return referral.map(Referral::awaitsReview).orElse(false);
        }
    }

    public ReferralPage page(CaseId caseId, CurrentUser user) {
        CaseDetails details = caseFiles.open(caseId, user, AccessAction.VIEW_REFERRAL);
        boolean mayAssign = details.canAllocate();
        return new ReferralPage(details, readiness(details), referrals.newestOf(caseId),
                mayAssign ? caseFiles.caseworkersOf(details.unit().id()) : List.of(), mayAssign);
    }

    private ReferralPolicy.Outcome readiness(CaseDetails details) {
        return ReferralPolicy.check(details.state(), investigations.newestOf(details.id()), decisions.hasDecision(details));
    }

    /** Refers the case, if the referral rule allows it; otherwise nothing changes and the answer says why. */
    @Transactional
    public Referral refer(CaseId caseId, int expectedCaseVersion, String note, CurrentUser user) {
        CaseDetails details = caseFiles.openDetailsForChange(caseId, user, AccessAction.REFER_CASE, "Remittering till utredningsgruppen",
                new Subject(SubjectType.CASE, caseId.value()));
        requireVersion(details, expectedCaseVersion);
        Referral referral = switch (readiness(details)) {
            case ReferralPolicy.Refused refused -> throw new InvalidInputException(refused.reasons().stream()
                    .map(reason -> new FieldError("referral", reason)).toList());
            case ReferralPolicy.Allowed allowed -> Referral.make(caseId, details.unit().id(), details.number().value(), allowed, note,
                    user.id(), user.displayName(), clock.instant());
        };
        caseFiles.changeState(caseId, expectedCaseVersion, CaseState.OPEN_ONGOING, REASON, user);
        referrals.add(referral);
        return referral;
    }

    /**
     * The team lead's review: assigns the chosen caseworker, or by the birth-day rule when none is
     * chosen, and takes the referral out of the queue.
     */
    @Transactional
    public Referral assign(CaseId caseId, int expectedCaseVersion, Optional<UserId> chosen, CurrentUser user) {
        CaseDetails details = caseFiles.openDetailsForChange(caseId, user, AccessAction.REVIEW_REFERRAL, "Remittering granskad och fördelad",
                new Subject(SubjectType.CASE, caseId.value()));
        Referral referral = referrals.newestOf(caseId).filter(Referral::awaitsReview)
                .orElseThrow(() -> new InvalidInputException("caseworker", "Ärendet har ingen remittering som väntar på fördelning."));
        UserId caseworker;
        AssignmentMethod method;
        if (chosen.isPresent()) {
            caseworker = chosen.get();
            method = AssignmentMethod.TEAM_LEAD;
            UUID current = details.responsibleCaseworkerId();
            if (!user.allocatesCases() || current == null || !current.equals(caseworker.value())) {
                caseFiles.assign(caseId, expectedCaseVersion, caseworker, "Remitterat ärende fördelat av arbetsledaren", user);
            } else {
                requireVersion(details, expectedCaseVersion);
            }
        } else {
            method = AssignmentMethod.BY_BIRTH_DAY;
            caseworker = caseFiles.assignByBirthDay(caseId, expectedCaseVersion, "Remitterat ärende fördelat enligt födelsedag", user)
                    .orElseThrow(() -> new InvalidInputException("caseworker",
                            "Ingen handläggare har sökandens födelsedag i fördelningen. Välj handläggare i listan."));
        }
        Referral reviewed = referral.reviewedBy(user.id(), user.displayName(), caseworker, method, clock.instant());
        referrals.reviewed(reviewed);
        return reviewed;
    }

    /** Remitteringar att fördela: the referrals in the team lead's units that wait for review, one list row in the log. */
    public List<Referral> queue(CurrentUser user) {
        if (!user.allocatesCases()) {
            throw new ForbiddenException("Bara arbetsledaren fördelar remitterade ärenden.");
        }
        return caseFiles.showList(user, AccessAction.LIST_REFERRALS, "Remitteringar att fördela", () -> referrals.awaitingReview(user.units()),
                Referral::caseId);
    }

    private static void requireVersion(CaseDetails details, int expected) {
        if (details.version() != expected) {
            throw new ConcurrentEditException("Någon annan har ändrat ärendet medan du arbetade. Ladda om sidan och se ändringen innan du försöker igen.");
        }
    }
}
