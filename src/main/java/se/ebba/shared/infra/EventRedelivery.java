package se.ebba.shared.infra;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers again, while the application runs, the events whose listener failed (a connection not
 * had in time under a burst, a database restart): without this they would wait for the next restart
 * of the application ({@code republish-outstanding-events-on-restart}), and a complete monthly
 * application would get no proposal, a decision no payment. A publication still being processed is
 * delivered again only when it is older than {@code ebba.events.redelivery-stuck-after}. Every
 * listener is idempotent (it finds its work done and does nothing), so a second delivery is safe.
 */
@Component
class EventRedelivery {

    private static final Logger log = LoggerFactory.getLogger(EventRedelivery.class);

    private final IncompleteEventPublications incomplete;
    private final Clock clock;
    private final Duration failedAfter;
    private final Duration stuckAfter;

    EventRedelivery(IncompleteEventPublications incomplete, Clock clock,
                    @Value("${ebba.events.redelivery-failed-after:30s}") Duration failedAfter,
                    @Value("${ebba.events.redelivery-stuck-after:15m}") Duration stuckAfter) {
        this.incomplete = incomplete;
        this.clock = clock;
        this.failedAfter = failedAfter;
        this.stuckAfter = stuckAfter;
    }

    @Scheduled(initialDelayString = "${ebba.events.redelivery-interval:1m}", fixedDelayString = "${ebba.events.redelivery-interval:1m}")
    void redeliver() {
        try {
            incomplete.resubmitIncompletePublications(ResubmissionOptions.defaults().withMinAge(failedAfter).withMaxInFlight(4)
                    .withFilter(this::due));
        } catch (RuntimeException e) {
            // the database may be away; the next round tries again (no event data in the message)
            log.warn("Redelivery of incomplete events failed: {}", e.getClass().getSimpleName());
        }
    }

    /** A failed publication after a short wait; one still in progress (or published, never picked up) only when stuck. */
    boolean due(EventPublication publication) {
        if (publication.getStatus() == EventPublication.Status.FAILED) {
            return true;
        }
        return publication.getPublicationDate().plus(stuckAfter).isBefore(clock.instant());
    }
}
