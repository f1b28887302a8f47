package se.ebba.application.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import se.ebba.application.domain.StateChange.Actor;

/**
 * Ansökan: the applied items of one benefit month, when it was received, and where it is in its
 * handling. The items never change; the state changes only through the transitions below, each
 * recorded as a {@link StateChange} (who, when, why). An illegal transition is an
 * {@link IllegalTransitionException}.
 */
public final class Application {

    /** The states from which a (first) decision may be made: also an incomplete application can be refused. */
    private static final Set<ApplicationState> DECIDABLE = EnumSet.of(ApplicationState.RECEIVED, ApplicationState.INCOMPLETE,
            ApplicationState.COMPLETE, ApplicationState.CALCULATED);
    private static final Set<ApplicationState> AFTER_DECISION = EnumSet.of(ApplicationState.DECIDED, ApplicationState.NOTIFIED,
            ApplicationState.APPEALED);

    private final ApplicationId id;
    private final UUID caseId;
    private final ApplicationKind kind;
    private final YearMonth month;
    private final LocalDate receivedOn;
    private List<AppliedItem> items;
    private ItemRevision revision;
    private final Instant registeredAt;
    private ApplicationState state;
    private final long version;
    private final List<StateChange> pending = new ArrayList<>();

    /** An application as stored: its state and the version it was read at. */
    public Application(ApplicationId id, UUID caseId, ApplicationKind kind, YearMonth month, LocalDate receivedOn, List<AppliedItem> items,
                       Instant registeredAt, ApplicationState state, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.caseId = Objects.requireNonNull(caseId, "caseId");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.month = Objects.requireNonNull(month, "month");
        this.receivedOn = Objects.requireNonNull(receivedOn, "receivedOn");
        this.items = List.copyOf(items);
        this.registeredAt = Objects.requireNonNull(registeredAt, "registeredAt");
        this.state = Objects.requireNonNull(state, "state");
        this.version = version;
    }

    /** A newly received application: RECEIVED, with that first transition recorded. */
    public static Application receive(ApplicationId id, UUID caseId, ApplicationKind kind, YearMonth month, LocalDate receivedOn,
                                      List<AppliedItem> items, Instant at, Actor by) {
        Application application = new Application(id, caseId, kind, month, receivedOn, items, at, ApplicationState.RECEIVED, 0);
        application.pending.add(new StateChange(Optional.empty(), ApplicationState.RECEIVED, at, by, "Ansökan registrerad"));
        return application;
    }

    /** Documents or information are missing; {@code why} says what (a request for it is then sent). */
    public void markIncomplete(String why, Instant at, Actor by) {
        move(EnumSet.of(ApplicationState.RECEIVED, ApplicationState.COMPLETE), ApplicationState.INCOMPLETE, "mark incomplete", why, at, by);
    }

    /** Everything needed to assess the application is in. */
    public void markComplete(String why, Instant at, Actor by) {
        move(EnumSet.of(ApplicationState.RECEIVED, ApplicationState.INCOMPLETE), ApplicationState.COMPLETE, "mark complete", why, at, by);
    }

    /** The household's need for the month is calculated and saved. */
    public void markCalculated(String why, Instant at, Actor by) {
        move(EnumSet.of(ApplicationState.COMPLETE), ApplicationState.CALCULATED, "mark calculated", why, at, by);
    }

    /** A person decided on the application (the first decision). */
    public void decide(String why, Instant at, Actor by) {
        move(DECIDABLE, ApplicationState.DECIDED, "be decided", why, at, by);
    }

    /**
     * A changed decision replaced the one in force (förvaltningslagen 37–39 §§): the application is
     * decided again and waits for the new decision to be notified.
     */
    public void decideAgain(String why, Instant at, Actor by) {
        move(AFTER_DECISION, ApplicationState.DECIDED, "be decided again", why, at, by);
    }

    /**
     * The applicant received the decision. A correction of the date while NOTIFIED is recorded as a
     * transition to the same state; once appealed, the application stays APPEALED.
     */
    public void notifyApplicant(String why, Instant at, Actor by) {
        move(AFTER_DECISION, state == ApplicationState.APPEALED ? ApplicationState.APPEALED : ApplicationState.NOTIFIED,
                "be notified", why, at, by);
    }

    /** The decision was appealed (also before a notification is registered: the period has then not started). */
    public void appeal(String why, Instant at, Actor by) {
        move(AFTER_DECISION, ApplicationState.APPEALED, "be appealed", why, at, by);
    }

    private void move(Set<ApplicationState> allowedFrom, ApplicationState to, String transition, String why, Instant at, Actor by) {
        if (!allowedFrom.contains(state)) {
            throw new IllegalTransitionException(id, state, transition);
        }
        pending.add(new StateChange(Optional.of(state), to, at, by, why));
        state = to;
    }

    /** The states in which what is applied for may still be corrected: before anything is calculated or decided. */
    private static final Set<ApplicationState> CORRECTABLE = EnumSet.of(ApplicationState.RECEIVED, ApplicationState.INCOMPLETE,
            ApplicationState.COMPLETE);

    /** What a correction of the applied items withdrew and added; the items that stay are untouched. */
    public record ItemRevision(List<AppliedItem> withdrawn, List<AppliedItem> added, String reason, Instant at, Actor by) {

        public ItemRevision {
            withdrawn = List.copyOf(withdrawn);
            added = List.copyOf(added);
        }

        public boolean isEmpty() {
            return withdrawn.isEmpty() && added.isEmpty();
        }
    }

    /**
     * The corrected application applies for {@code wanted}: an item already applied for with the same
     * kind, description and amount stays as it is; the others are withdrawn (never deleted) and the new
     * ones are added after the last position. Only before the application is calculated: a decision
     * always rests on the items it names.
     */
    public ItemRevision reviseItems(List<AppliedItem> wanted, String reason, Instant at, Actor by) {
        if (!CORRECTABLE.contains(state)) {
            throw new IllegalTransitionException(id, state, "have what is applied for corrected");
        }
        List<AppliedItem> unmatched = new ArrayList<>(items);
        List<AppliedItem> added = new ArrayList<>();
        int next = items.stream().mapToInt(AppliedItem::position).max().orElse(-1) + 1;
        for (AppliedItem item : wanted) {
            Optional<AppliedItem> same = unmatched.stream().filter(i -> i.kind() == item.kind()
                    && Objects.equals(i.description(), item.description()) && Objects.equals(i.amount(), item.amount())).findFirst();
            if (same.isPresent()) {
                unmatched.remove(same.get());
            } else {
                added.add(new AppliedItem(item.id(), next++, item.kind(), item.description(), item.amount()));
            }
        }
        ItemRevision made = new ItemRevision(unmatched, added, reason, at, by);
        if (!made.isEmpty()) {
            List<AppliedItem> now = new ArrayList<>(items);
            now.removeAll(unmatched);
            now.addAll(added);
            items = List.copyOf(now);
            revision = made;
        }
        return made;
    }

    /** The correction of the items made since the application was read, if any: the repository stores it. */
    public Optional<ItemRevision> itemRevision() {
        return Optional.ofNullable(revision);
    }

    /** The transitions made since the application was read, oldest first: the repository appends them. */
    public List<StateChange> changes() {
        return List.copyOf(pending);
    }

    /** "Månadsansökan för december 2026". */
    public String title() {
        return kind.text() + " för " + SwedishDates.month(month);
    }

    public ApplicationId id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
    }

    public ApplicationKind kind() {
        return kind;
    }

    public YearMonth month() {
        return month;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public List<AppliedItem> items() {
        return items;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public ApplicationState state() {
        return state;
    }

    /** The version the application was read at (optimistic locking). */
    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Application other && other.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
