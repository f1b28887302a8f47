package se.ebba.application.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.ebba.application.domain.StateChange.Actor;

class ApplicationTest {

    static final Instant AT = Instant.parse("2026-11-20T10:00:00Z");
    static final Actor KARIN = Actor.user(UUID.randomUUID(), "Karin Ek");

    static Application received() {
        return Application.receive(ApplicationId.newId(), UUID.randomUUID(), ApplicationKind.MONTHLY, YearMonth.of(2026, 12),
                LocalDate.of(2026, 11, 20), List.of(new AppliedItem(UUID.randomUUID(), 0, ItemKind.LIVELIHOOD_SUPPORT, "Försörjningsstöd", null)),
                AT, KARIN);
    }

    static Application stored(ApplicationState state) {
        return new Application(ApplicationId.newId(), UUID.randomUUID(), ApplicationKind.MONTHLY, YearMonth.of(2026, 12),
                LocalDate.of(2026, 11, 20), List.of(), AT, state, 3);
    }

    @Test
    void aNewApplicationIsReceivedAndRecordsWhoRegisteredItAndWhen() {
        Application application = received();

        assertThat(application.state()).isEqualTo(ApplicationState.RECEIVED);
        assertThat(application.changes()).containsExactly(new StateChange(Optional.empty(), ApplicationState.RECEIVED, AT, KARIN,
                "Ansökan registrerad"));
    }

    @Test
    void anIncompleteApplicationBecomesCompleteAndCanBeFoundIncompleteAgain() {
        Application application = stored(ApplicationState.RECEIVED);

        application.markIncomplete("Kontoutdrag för oktober saknas", AT, KARIN);
        application.markComplete("Kontoutdraget har kommit in", AT, KARIN);
        application.markIncomplete("Hyresavi saknas", AT, KARIN);

        assertThat(application.state()).isEqualTo(ApplicationState.INCOMPLETE);
        assertThat(application.changes()).extracting(StateChange::to)
                .containsExactly(ApplicationState.INCOMPLETE, ApplicationState.COMPLETE, ApplicationState.INCOMPLETE);
        assertThat(application.changes().getFirst().reason()).isEqualTo("Kontoutdrag för oktober saknas");
        assertThat(application.changes().get(1).from()).contains(ApplicationState.INCOMPLETE);
    }

    @Test
    void theFullPathRunsFromReceivedThroughCalculatedAndDecidedToNotifiedAndAppealed() {
        Application application = stored(ApplicationState.RECEIVED);

        application.markComplete("Alla underlag finns", AT, KARIN);
        application.markCalculated("Beräkning sparad", AT, KARIN);
        application.decide("Beslut fattat", AT, KARIN);
        application.notifyApplicant("Delgivning registrerad", AT, KARIN);
        application.appeal("Överklagande registrerat", AT, KARIN);

        assertThat(application.state()).isEqualTo(ApplicationState.APPEALED);
        assertThat(application.changes()).hasSize(5);
        assertThat(application.version()).isEqualTo(3);
    }

    @Test
    void onlyACompleteApplicationCanBeMarkedCalculated() {
        assertThatThrownBy(() -> stored(ApplicationState.INCOMPLETE).markCalculated("Beräknad", AT, KARIN))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("INCOMPLETE");
    }

    @Test
    void anApplicationCannotBeNotifiedOrAppealedBeforeItIsDecided() {
        assertThatThrownBy(() -> stored(ApplicationState.COMPLETE).notifyApplicant("Delgiven", AT, KARIN))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> stored(ApplicationState.RECEIVED).appeal("Överklagad", AT, KARIN))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void aDecidedApplicationCannotBeDecidedAgainExceptByAChangedDecision() {
        Application application = stored(ApplicationState.NOTIFIED);

        assertThatThrownBy(() -> application.decide("Beslut", AT, KARIN)).isInstanceOf(IllegalTransitionException.class);
        application.decideAgain("Ändrat beslut fattat", AT, KARIN);

        assertThat(application.state()).isEqualTo(ApplicationState.DECIDED);
    }

    @Test
    void anIncompleteApplicationCanBeDecidedSinceARefusalIsADecisionToo() {
        Application application = stored(ApplicationState.INCOMPLETE);

        application.decide("Avslag: underlag saknas", AT, KARIN);

        assertThat(application.state()).isEqualTo(ApplicationState.DECIDED);
    }

    @Test
    void aNotificationAfterAnAppealLeavesTheApplicationAppealed() {
        Application application = stored(ApplicationState.APPEALED);

        application.notifyApplicant("Delgivning rättad", AT, KARIN);

        assertThat(application.state()).isEqualTo(ApplicationState.APPEALED);
        assertThat(application.changes()).hasSize(1);
    }

    @Test
    void aFailedTransitionChangesNothing() {
        Application application = stored(ApplicationState.DECIDED);

        assertThatThrownBy(() -> application.markComplete("Komplett", AT, KARIN)).isInstanceOf(IllegalTransitionException.class);

        assertThat(application.state()).isEqualTo(ApplicationState.DECIDED);
        assertThat(application.changes()).isEmpty();
    }

    @Test
    void everyTransitionNeedsItsReason() {
        assertThatThrownBy(() -> stored(ApplicationState.RECEIVED).markComplete(" ", AT, KARIN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyStatesBeforeTheDecisionAreOpen() {
        assertThat(ApplicationState.values()).filteredOn(ApplicationState::open)
                .containsExactly(ApplicationState.RECEIVED, ApplicationState.INCOMPLETE, ApplicationState.COMPLETE, ApplicationState.CALCULATED);
    }

    static AppliedItem need(String description, long amount) {
        return new AppliedItem(UUID.randomUUID(), 0, ItemKind.OTHER_NEEDS, description, amount);
    }

    static Application withItems(ApplicationState state, AppliedItem... items) {
        return new Application(ApplicationId.newId(), UUID.randomUUID(), ApplicationKind.MONTHLY, YearMonth.of(2026, 12),
                LocalDate.of(2026, 11, 20), List.of(items), AT, state, 3);
    }

    @Test
    void aCorrectionThatAddsChangesAndDropsNeedsWithdrawsWhatIsNoLongerAppliedForAndAddsTheRestAfterTheLastItem() {
        AppliedItem support = new AppliedItem(UUID.randomUUID(), 0, ItemKind.LIVELIHOOD_SUPPORT, "Försörjningsstöd", null);
        AppliedItem glasses = new AppliedItem(UUID.randomUUID(), 1, ItemKind.OTHER_NEEDS, "Glasögon", 1500L);
        AppliedItem dentist = new AppliedItem(UUID.randomUUID(), 2, ItemKind.OTHER_NEEDS, "Tandvård", 900L);
        Application application = withItems(ApplicationState.INCOMPLETE, support, glasses, dentist);

        Application.ItemRevision revision = application.reviseItems(List.of(
                new AppliedItem(UUID.randomUUID(), 0, ItemKind.LIVELIHOOD_SUPPORT, "Försörjningsstöd", null),
                need("Tandvård", 1200), need("Vinterkläder", 800)), "Ansökan rättad", AT, KARIN);

        assertThat(revision.withdrawn()).containsExactlyInAnyOrder(glasses, dentist);
        assertThat(revision.added()).extracting(AppliedItem::description, AppliedItem::amount, AppliedItem::position)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Tandvård", 1200L, 3), org.assertj.core.groups.Tuple.tuple("Vinterkläder", 800L, 4));
        assertThat(application.items()).extracting(AppliedItem::description).containsExactly("Försörjningsstöd", "Tandvård", "Vinterkläder");
        assertThat(application.items().getFirst()).isSameAs(support);
        assertThat(application.itemRevision()).contains(revision);
    }

    @Test
    void aCorrectionThatAppliesForTheSameThingsChangesNoItem() {
        AppliedItem glasses = new AppliedItem(UUID.randomUUID(), 1, ItemKind.OTHER_NEEDS, "Glasögon", 1500L);
        Application application = withItems(ApplicationState.COMPLETE, glasses);

        assertThat(application.reviseItems(List.of(need("Glasögon", 1500)), "Ansökan rättad", AT, KARIN).isEmpty()).isTrue();
        assertThat(application.items()).containsExactly(glasses);
        assertThat(application.itemRevision()).isEmpty();
    }

    @Test
    void whatIsAppliedForCannotBeCorrectedOnceTheApplicationIsCalculated() {
        Application application = withItems(ApplicationState.CALCULATED, need("Glasögon", 1500));

        assertThatThrownBy(() -> application.reviseItems(List.of(need("Glasögon", 900)), "Ansökan rättad", AT, KARIN))
                .isInstanceOf(IllegalTransitionException.class);
    }
}
