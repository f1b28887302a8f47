package se.ebba.shared.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;

class EventRedeliveryTest {

    static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");

    /** What the registry was asked to resubmit. */
    static class Registry implements IncompleteEventPublications {
        ResubmissionOptions options;

        @Override
        public void resubmitIncompletePublications(Predicate<EventPublication> filter) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void resubmitIncompletePublicationsOlderThan(Duration duration) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void resubmitIncompletePublications(ResubmissionOptions options) {
            this.options = options;
        }
    }

    record Publication(Status status, Instant publicationDate) implements EventPublication {

        @Override
        public UUID getIdentifier() {
            return UUID.randomUUID();
        }

        @Override
        public Object getEvent() {
            return "event";
        }

        @Override
        public Instant getPublicationDate() {
            return publicationDate;
        }

        @Override
        public Optional<Instant> getCompletionDate() {
            return Optional.empty();
        }

        @Override
        public Status getStatus() {
            return status;
        }

        @Override
        public Instant getLastResubmissionDate() {
            return null;
        }

        @Override
        public int getCompletionAttempts() {
            return 1;
        }
    }

    final Registry registry = new Registry();
    final EventRedelivery redelivery = new EventRedelivery(registry, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofSeconds(30),
            Duration.ofMinutes(15));

    @Test
    void aFailedListenerIsDeliveredAgainOnceItIsHalfAMinuteOld() {
        redelivery.redeliver();

        assertThat(registry.options.getMinAge()).isEqualTo(Duration.ofSeconds(30));
        assertThat(registry.options.getFilter().test(new Publication(EventPublication.Status.FAILED, NOW.minusSeconds(40)))).isTrue();
    }

    @Test
    void aListenerStillAtWorkIsLeftAloneUntilItIsStuck() {
        redelivery.redeliver();
        Predicate<EventPublication> due = registry.options.getFilter();

        for (EventPublication.Status working : List.of(EventPublication.Status.PUBLISHED, EventPublication.Status.PROCESSING,
                EventPublication.Status.RESUBMITTED)) {
            assertThat(due.test(new Publication(working, NOW.minus(Duration.ofMinutes(14))))).as(working.name()).isFalse();
            assertThat(due.test(new Publication(working, NOW.minus(Duration.ofMinutes(16))))).as(working.name()).isTrue();
        }
    }

    @Test
    void aRegistryThatCannotBeReachedLeavesItToTheNextRound() {
        EventRedelivery failing = new EventRedelivery(new Registry() {
            @Override
            public void resubmitIncompletePublications(ResubmissionOptions options) {
                throw new IllegalStateException("database away");
            }
        }, Clock.systemUTC(), Duration.ofSeconds(30), Duration.ofMinutes(15));

        failing.redeliver();
    }
}
