package se.ebba.changeplan.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.ebba.casefile.domain.CaseId;
import se.ebba.shared.ConcurrentEditException;
import se.ebba.shared.InvalidInputException;

/**
 * A case's förändringsplan (Initial bedömning part 4). Nothing in it is ever overwritten: a
 * revision adds a version, a follow-up, a signature and a missed activity are added beside it.
 * Changes based on an older version of the plan are refused ({@link #version()}, optimistic locking).
 */
public final class ChangePlan {

    /** The message for a change based on an older version of the plan. */
    public static final String STALE = "Någon annan har ändrat planen medan du arbetade. Ladda om sidan och se ändringen innan du försöker igen.";

    private final ChangePlanId id;
    private final CaseId caseId;
    private final int version;
    private final List<PlanVersion> versions;
    private final List<FollowUp> followUps;
    private final List<Signature> signatures;
    private final List<MissedActivity> missedActivities;
    private final List<PlanPart> added = new ArrayList<>();
    private boolean versioned;

    public ChangePlan(ChangePlanId id, CaseId caseId, int version, List<PlanVersion> versions, List<FollowUp> followUps,
                      List<Signature> signatures, List<MissedActivity> missedActivities) {
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("A plan has at least one version");
        }
        this.id = id;
        this.caseId = caseId;
        this.version = version;
        this.versions = new ArrayList<>(versions);
        this.versions.sort(Comparator.comparingInt(PlanVersion::number));
        this.followUps = new ArrayList<>(followUps);
        this.followUps.sort(Comparator.comparing(FollowUp::recordedAt));
        this.signatures = new ArrayList<>(signatures);
        this.signatures.sort(Comparator.comparing(Signature::recordedAt));
        this.missedActivities = new ArrayList<>(missedActivities);
    }

    /** The first plan of a case, agreed with the applicant. */
    public static ChangePlan agree(ChangePlanId id, CaseId caseId, PlanContent content, PlanAuthor by, Instant at) {
        PlanVersion first = new PlanVersion(UUID.randomUUID(), 1, content, by, at);
        ChangePlan plan = new ChangePlan(id, caseId, 0, List.of(first), List.of(), List.of(), List.of());
        plan.added.add(first);
        plan.versioned = true;
        return plan;
    }

    /** A revised plan: a new version; the old ones stay as they were agreed. */
    public PlanVersion revise(int expectedVersion, PlanContent content, PlanAuthor by, Instant at) {
        requireVersion(expectedVersion);
        if (content.agreedOn().isBefore(current().content().agreedOn())) {
            throw new InvalidInputException("agreedOn", "Den reviderade planen kan inte vara daterad före den gällande planen ("
                    + current().content().agreedOn() + ").");
        }
        PlanVersion next = new PlanVersion(UUID.randomUUID(), current().number() + 1, content, by, at);
        versions.add(next);
        added.add(next);
        versioned = true;
        return next;
    }

    /** A follow-up of the current version. */
    public FollowUp followUp(int expectedVersion, LocalDate heldOn, String achieved, String changes, LocalDate nextFollowUpOn,
                             PlanAuthor by, Instant at) {
        requireVersion(expectedVersion);
        if (heldOn.isBefore(current().content().agreedOn())) {
            throw new InvalidInputException("heldOn", "Uppföljningen kan inte vara före planens datum (" + current().content().agreedOn() + ").");
        }
        FollowUp followUp = new FollowUp(UUID.randomUUID(), current().number(), heldOn, achieved.strip(),
                changes == null ? "" : changes.strip(), nextFollowUpOn, by, at);
        followUps.add(followUp);
        added.add(followUp);
        versioned = true;
        return followUp;
    }

    /** The applicant signed the current version on paper on the date. */
    public Signature signedOnPaper(int expectedVersion, LocalDate signedOn, LocalDate today, PlanAuthor by, Instant at) {
        requireVersion(expectedVersion);
        if (signedOn.isAfter(today)) {
            throw new InvalidInputException("signedOn", "Datumet kan inte ligga i framtiden.");
        }
        if (signedOn.isBefore(current().content().agreedOn())) {
            throw new InvalidInputException("signedOn", "Planen kan inte ha undertecknats före den gjordes upp ("
                    + current().content().agreedOn() + ").");
        }
        requireUnsigned();
        return addSignature(new Signature.OnPaper(UUID.randomUUID(), current().number(), signedOn, by, at));
    }

    /** The current version is to be signed by the applicant in the e-service. */
    public Signature toBeSignedInEService(int expectedVersion, PlanAuthor by, Instant at) {
        requireVersion(expectedVersion);
        requireUnsigned();
        if (signatureOfCurrent().orElse(null) instanceof Signature.AwaitingEService) {
            throw new InvalidInputException("kind", "Planen väntar redan på underskrift i e-tjänsten.");
        }
        return addSignature(new Signature.AwaitingEService(UUID.randomUUID(), current().number(), by, at));
    }

    /**
     * An activity of the plan the applicant missed, with the explanation and the caseworker's
     * assessment: the basis for a SoL 12 kap. 5 § decision. It does not change the plan, so it needs
     * no version check.
     */
    public MissedActivity recordMissedActivity(LocalDate missedOn, LocalDate today, String interventionCode, String explanation,
                                               MissedActivity.Assessment assessment, String note, PlanAuthor by, Instant at) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        if (missedOn.isAfter(today)) {
            errors.add(new InvalidInputException.FieldError("missedOn", "Datumet kan inte ligga i framtiden."));
        } else if (missedOn.isBefore(versions.getFirst().content().agreedOn())) {
            errors.add(new InvalidInputException.FieldError("missedOn", "Datumet är före den första planen: aktiviteten var inte överenskommen då."));
        }
        boolean inPlan = versions.stream().flatMap(v -> v.content().interventions().stream()).anyMatch(i -> i.code().equals(interventionCode));
        if (!inPlan) {
            errors.add(new InvalidInputException.FieldError("interventionCode", "Välj en aktivitet som finns i planen."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        MissedActivity missed = new MissedActivity(UUID.randomUUID(), missedOn, interventionCode, explanation.strip(), assessment,
                note == null ? "" : note.strip(), by, at);
        missedActivities.add(missed);
        added.add(missed);
        return missed;
    }

    private Signature addSignature(Signature signature) {
        signatures.add(signature);
        added.add(signature);
        versioned = true;
        return signature;
    }

    private void requireUnsigned() {
        if (isCurrentSigned()) {
            throw new InvalidInputException("kind", "Den gällande planen är redan undertecknad. En reviderad plan undertecknas på nytt.");
        }
    }

    private void requireVersion(int expectedVersion) {
        if (expectedVersion != version) {
            throw new ConcurrentEditException(STALE);
        }
    }

    public PlanVersion current() {
        return versions.getLast();
    }

    public PlanVersion first() {
        return versions.getFirst();
    }

    /** The newest signature record of the current version, if any. */
    public Optional<Signature> signatureOfCurrent() {
        return signatures.stream().filter(s -> s.versionNumber() == current().number()).reduce((a, b) -> b);
    }

    public boolean isCurrentSigned() {
        return signatureOfCurrent().orElse(null) instanceof Signature.OnPaper;
    }

    /** The next follow-up: from the newest of the current version and the follow-ups after it. */
    public LocalDate nextFollowUpOn() {
        return followUps.stream().filter(f -> f.recordedAt().isAfter(current().writtenAt())).reduce((a, b) -> b)
                .map(FollowUp::nextFollowUpOn).orElse(current().content().nextFollowUpOn());
    }

    public IndividualGoalPolicy.GoalAssessment goalAssessment() {
        return IndividualGoalPolicy.assess(current().content().goal(), current().content().subGoals());
    }

    /** The parts added since the plan was loaded, in order, for the repository to append. */
    public List<PlanPart> added() {
        return List.copyOf(added);
    }

    /** Whether the changes since loading bump the plan's version (a missed activity alone does not). */
    public boolean changesVersion() {
        return versioned;
    }

    public ChangePlanId id() {
        return id;
    }

    public CaseId caseId() {
        return caseId;
    }

    public int version() {
        return version;
    }

    public List<PlanVersion> versions() {
        return List.copyOf(versions);
    }

    public List<FollowUp> followUps() {
        return List.copyOf(followUps);
    }

    public List<Signature> signatures() {
        return List.copyOf(signatures);
    }

    public List<MissedActivity> missedActivities() {
        return missedActivities.stream().sorted(Comparator.comparing(MissedActivity::missedOn)).toList();
    }
}
