package se.ebba.changeplan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.ebba.audit.AccessAction;
import se.ebba.audit.AccessEvent.Subject;
import se.ebba.audit.AccessEvent.SubjectType;
import se.ebba.casefile.CaseFiles;
import se.ebba.casefile.CaseRef;
import se.ebba.casefile.domain.CaseAccessPolicy;
import se.ebba.casefile.domain.CaseContent;
import se.ebba.casefile.domain.CaseId;
import se.ebba.changeplan.domain.ChangePlan;
import se.ebba.changeplan.domain.ChangePlanId;
import se.ebba.changeplan.domain.FollowUp;
import se.ebba.changeplan.domain.FollowUpPolicy;
import se.ebba.changeplan.domain.IndividualGoalPolicy;
import se.ebba.changeplan.domain.Signature;
import se.ebba.changeplan.domain.InterventionType;
import se.ebba.changeplan.domain.MissedActivity;
import se.ebba.changeplan.domain.PlanAuthor;
import se.ebba.changeplan.domain.PlanContent;
import se.ebba.changeplan.domain.PlanSettings;
import se.ebba.changeplan.domain.PlannedIntervention;
import se.ebba.changeplan.internal.ChangePlans;
import se.ebba.changeplan.internal.PlanRules;
import se.ebba.identity.CurrentUser;
import se.ebba.shared.ConcurrentEditException;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.InvalidInputException.FieldError;

/**
 * The change plan's API: read a case's plan and write, revise, follow up and sign it, record
 * missed activities, all through the case file's access rules, one access-log row per view or change.
 */
@Service
public class ChangePlanService {

    private final ChangePlans plans;
    private final PlanRules rules;
    private final CaseFiles caseFiles;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChangePlanService(ChangePlans plans, PlanRules rules, CaseFiles caseFiles, ApplicationEventPublisher events, Clock clock) {
        this.plans = plans;
        this.rules = rules;
        this.caseFiles = caseFiles;
        this.events = events;
        this.clock = clock;
    }

    /** The case's plan page: the plan (if any) with its history, the catalogue and the unit's settings; one log row. */
    public CasePlan read(CaseId caseId, CurrentUser user) {
        CaseRef ref = caseFiles.openForReading(caseId, user, AccessAction.VIEW_CHANGE_PLAN, "Förändringsplanen");
        LocalDate today = LocalDate.now(clock);
        Optional<ChangePlan> plan = plans.ofCase(caseId);
        List<InterventionType> catalogue = rules.catalogue();
        return new CasePlan(ref, plan, catalogue.stream().filter(t -> t.validOn(today)).toList(),
                catalogue.stream().collect(Collectors.toMap(InterventionType::code, InterventionType::name, (a, b) -> b)),
                rules.settings(ref.unit(), today), plans.noPlanReasons(List.of(caseId)).getOrDefault(caseId, ""),
                ref.state().isOpen() && CaseAccessPolicy.mayChange(user.roles(), CaseContent.CHANGE_PLAN), today);
    }

    /**
     * The facts of a case's plan for the audit (no texts; nothing logged): for a module that has
     * opened the case through {@link CaseFiles} or audits it as the system.
     */
    public PlanFacts facts(CaseId opened, se.ebba.identity.domain.UnitId unit) {
        LocalDate today = LocalDate.now(clock);
        Optional<PlanFacts.Current> current = plans.ofCase(opened).map(plan -> {
            PlanContent content = plan.current().content();
            return new PlanFacts.Current(content.agreedOn(), plan.goalAssessment() instanceof IndividualGoalPolicy.Individual,
                    content.subGoals().size(), content.requirements().size(), !content.participation().isBlank(),
                    Optional.ofNullable(plan.nextFollowUpOn()), plan.followUps().stream().filter(f -> f.versionNumber() == plan.current().number())
                            .map(FollowUp::heldOn).max(LocalDate::compareTo),
                    plan.isCurrentSigned());
        });
        return new PlanFacts(Optional.ofNullable(plans.referrals(List.of(opened)).get(opened)), rules.settings(unit, today).planWithinMonths(),
                current, current.isPresent() ? Optional.empty() : Optional.ofNullable(plans.noPlanReasons(List.of(opened)).get(opened)));
    }

    /** The first plan of the case, agreed with the applicant. */
    @Transactional
    public ChangePlan agree(CaseId caseId, PlanDraft draft, CurrentUser user) {
        CaseRef ref = openForChange(caseId, user, AccessAction.WRITE_CHANGE_PLAN, "Ny förändringsplan");
        if (plans.ofCase(caseId).isPresent()) {
            throw new ConcurrentEditException("Ärendet har redan en förändringsplan. Ladda om sidan och revidera den i stället.");
        }
        PlanContent content = content(ref, draft);
        ChangePlan plan = ChangePlan.agree(ChangePlanId.random(), caseId, content, author(user), clock.instant());
        plans.save(plan);
        events.publishEvent(new ChangePlanAgreed(caseId, content.agreedOn(), content.nextFollowUpOn()));
        return plan;
    }

    /** A revised plan: a new version; the earlier ones are kept. */
    @Transactional
    public ChangePlan revise(CaseId caseId, int expectedVersion, PlanDraft draft, CurrentUser user) {
        CaseRef ref = openForChange(caseId, user, AccessAction.WRITE_CHANGE_PLAN, "Reviderad förändringsplan");
        ChangePlan plan = existing(caseId);
        PlanContent content = content(ref, draft);
        plan.revise(expectedVersion, content, author(user), clock.instant());
        plans.save(plan);
        events.publishEvent(new ChangePlanAgreed(caseId, content.agreedOn(), content.nextFollowUpOn()));
        return plan;
    }

    @Transactional
    public FollowUp followUp(CaseId caseId, int expectedVersion, FollowUpDraft draft, CurrentUser user) {
        CaseRef ref = openForChange(caseId, user, AccessAction.FOLLOW_UP_CHANGE_PLAN, "Uppföljning av förändringsplan");
        ChangePlan plan = existing(caseId);
        LocalDate today = LocalDate.now(clock);
        List<FieldError> errors = new ArrayList<>();
        if (draft.heldOn() == null) {
            errors.add(new FieldError("heldOn", "Ange datum för uppföljningen."));
        } else if (draft.heldOn().isAfter(today)) {
            errors.add(new FieldError("heldOn", "Datumet kan inte ligga i framtiden."));
        }
        if (draft.achieved() == null || draft.achieved().isBlank()) {
            errors.add(new FieldError("achieved", "Skriv vad som har uppnåtts."));
        } else if (draft.achieved().length() > PlanContent.MAX_TEXT) {
            errors.add(new FieldError("achieved", "Texten får vara högst " + PlanContent.MAX_TEXT + " tecken."));
        }
        if (draft.changes() != null && draft.changes().length() > PlanContent.MAX_TEXT) {
            errors.add(new FieldError("changes", "Texten får vara högst " + PlanContent.MAX_TEXT + " tecken."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        LocalDate next = nextFollowUp(ref, draft.heldOn(), draft.nextFollowUpOn());
        FollowUp followUp = plan.followUp(expectedVersion, draft.heldOn(), draft.achieved(), draft.changes(), next, author(user),
                clock.instant());
        plans.save(plan);
        events.publishEvent(new ChangePlanFollowedUp(caseId, followUp.heldOn(), followUp.nextFollowUpOn()));
        return followUp;
    }

    /** The applicant's signature of the current version: on paper with the date, or to be signed in the e-service. */
    @Transactional
    public void recordSignature(CaseId caseId, int expectedVersion, SignatureDraft draft, CurrentUser user) {
        openForChange(caseId, user, AccessAction.RECORD_PLAN_SIGNATURE, "Underskrift av förändringsplan");
        ChangePlan plan = existing(caseId);
        switch (draft) {
            case SignatureDraft.OnPaper(Optional<LocalDate> signedOn) -> plan.signedOnPaper(expectedVersion,
                    signedOn.orElseThrow(() -> new InvalidInputException("signedOn", "Ange datum då planen undertecknades.")),
                    LocalDate.now(clock), author(user), clock.instant());
            case SignatureDraft.InEService() -> plan.toBeSignedInEService(expectedVersion, author(user), clock.instant());
        }
        plans.save(plan);
    }

    /** A missed activity: the basis for a SoL 12 kap. 5 § decision, which a person makes in the decision module. */
    @Transactional
    public MissedActivity recordMissedActivity(CaseId caseId, MissedActivityDraft draft, CurrentUser user) {
        openForChange(caseId, user, AccessAction.RECORD_MISSED_ACTIVITY, "Utebliven aktivitet");
        ChangePlan plan = existing(caseId);
        List<FieldError> errors = new ArrayList<>();
        if (draft.missedOn() == null) {
            errors.add(new FieldError("missedOn", "Ange datum för aktiviteten."));
        }
        if (draft.interventionCode() == null || draft.interventionCode().isBlank()) {
            errors.add(new FieldError("interventionCode", "Välj aktiviteten ur planen."));
        }
        if (draft.explanation() == null || draft.explanation().isBlank()) {
            errors.add(new FieldError("explanation", "Skriv den sökandes förklaring (eller att ingen förklaring lämnats)."));
        } else if (draft.explanation().length() > PlanContent.MAX_TEXT) {
            errors.add(new FieldError("explanation", "Texten får vara högst " + PlanContent.MAX_TEXT + " tecken."));
        }
        if (draft.assessment().isEmpty()) {
            errors.add(new FieldError("assessment", "Ange om förklaringen bedöms vara ett godtagbart skäl."));
        }
        if (draft.note() != null && draft.note().length() > PlanContent.MAX_TEXT) {
            errors.add(new FieldError("note", "Texten får vara högst " + PlanContent.MAX_TEXT + " tecken."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        MissedActivity missed = plan.recordMissedActivity(draft.missedOn(), LocalDate.now(clock), draft.interventionCode(),
                draft.explanation(), draft.assessment().get(), draft.note(), author(user), clock.instant());
        plans.save(plan);
        return missed;
    }

    /** Why the case has no plan (shown in the plan overview); the newest reason counts. */
    @Transactional
    public void recordNoPlanReason(CaseId caseId, String reason, CurrentUser user) {
        openForChange(caseId, user, AccessAction.RECORD_NO_PLAN_REASON, "Skäl till att plan saknas");
        if (plans.ofCase(caseId).isPresent()) {
            throw new InvalidInputException("reason", "Ärendet har en förändringsplan.");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "Skriv varför ärendet saknar förändringsplan.");
        }
        if (reason.strip().length() > 500) {
            throw new InvalidInputException("reason", "Skälet får vara högst 500 tecken.");
        }
        plans.addNoPlanReason(caseId, reason.strip(), user.id(), clock.instant());
    }

    private CaseRef openForChange(CaseId caseId, CurrentUser user, AccessAction action, String detail) {
        CaseRef ref = caseFiles.openForChange(caseId, user, action, detail, new Subject(SubjectType.CASE, caseId.value()));
        if (!ref.state().isOpen()) {
            throw new InvalidInputException("", "Ärendet är avslutat. Planen kan läsas men inte ändras.");
        }
        return ref;
    }

    private ChangePlan existing(CaseId caseId) {
        return plans.ofCase(caseId).orElseThrow(() -> new InvalidInputException("", "Ärendet har ingen förändringsplan ännu."));
    }

    private PlanContent content(CaseRef ref, PlanDraft draft) {
        PlanContent content = new PlanContent(draft.goal(), draft.subGoals(), draft.requirements(), draft.interventions(),
                draft.participation(), draft.agreedOn(), null);
        content.check(rules.catalogue(), LocalDate.now(clock));
        return content.withNextFollowUpOn(nextFollowUp(ref, content.agreedOn(), draft.nextFollowUpOn()));
    }

    /** The unit's follow-up interval, valid on the date counted from, books the next follow-up or refuses the date. */
    private LocalDate nextFollowUp(CaseRef ref, LocalDate from, Optional<LocalDate> chosen) {
        PlanSettings settings = rules.settings(ref.unit(), from);
        return switch (new FollowUpPolicy(settings).book(from, chosen)) {
            case FollowUpPolicy.Booked booked -> booked.on();
            case FollowUpPolicy.TooLate late -> throw new InvalidInputException("nextFollowUpOn", "Planen ska följas upp minst var "
                    + late.months() + ":e månad: välj senast " + late.latest() + ".");
            case FollowUpPolicy.NotAfterStart start -> throw new InvalidInputException("nextFollowUpOn",
                    "Nästa uppföljning måste vara efter " + start.start() + ".");
        };
    }

    private static PlanAuthor author(CurrentUser user) {
        return new PlanAuthor(user.id(), user.displayName());
    }

    /** The plan as the caseworker writes it; an empty next follow-up takes the unit's default interval. */
    public record PlanDraft(String goal, List<String> subGoals, List<String> requirements, List<PlannedIntervention> interventions,
                            String participation, LocalDate agreedOn, Optional<LocalDate> nextFollowUpOn) {
    }

    public record FollowUpDraft(LocalDate heldOn, String achieved, String changes, Optional<LocalDate> nextFollowUpOn) {
    }

    public sealed interface SignatureDraft {

        record OnPaper(Optional<LocalDate> signedOn) implements SignatureDraft {
        }

        record InEService() implements SignatureDraft {
        }
    }

    public record MissedActivityDraft(LocalDate missedOn, String interventionCode, String explanation,
                                      Optional<MissedActivity.Assessment> assessment, String note) {
    }

    /** Everything the plan page shows. */
    public record CasePlan(CaseRef caseRef, Optional<ChangePlan> plan, List<InterventionType> catalogue, Map<String, String> interventionNames,
                           PlanSettings settings, String noPlanReason, boolean canChange, LocalDate today) {

        public String nameOf(String code) {
            return interventionNames.getOrDefault(code, code);
        }

        /** The warning when the current goal is generic (IndividualGoalPolicy). */
        public Optional<String> goalWarning() {
            return plan.map(ChangePlan::goalAssessment)
                    .filter(a -> a instanceof IndividualGoalPolicy.TooGeneric)
                    .map(a -> ((IndividualGoalPolicy.TooGeneric) a).warning());
        }

        /** How the current version is signed, in Swedish. */
        public String signatureStatus() {
            return plan.map(p -> switch (p.signatureOfCurrent().orElse(null)) {
                case Signature.OnPaper paper -> "Undertecknad på papper " + paper.signedOn();
                case Signature.AwaitingEService e -> "Väntar på underskrift i e-tjänsten";
                case null -> "Inte undertecknad";
            }).orElse("");
        }

        public boolean followUpOverdue() {
            return plan.map(p -> p.nextFollowUpOn().isBefore(today)).orElse(false);
        }
    }
}
