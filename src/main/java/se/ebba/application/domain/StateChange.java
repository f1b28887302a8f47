package se.ebba.application.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One transition of an application: from which state (none when it was received) to which, when, by
 * whom and why. Appended, never changed (PROCESS.md §5: every transition records who, when and why).
 */
public record StateChange(Optional<ApplicationState> from, ApplicationState to, Instant at, Actor by, String reason) {

    public StateChange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A transition needs its reason");
        }
    }

    /** Who made the change: a user (by id and name at the time), or the system with a name. */
    public record Actor(Optional<UUID> userId, String name) {

        public Actor {
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(name, "name");
        }

        public static Actor user(UUID id, String name) {
            return new Actor(Optional.of(id), name);
        }
    }
}
