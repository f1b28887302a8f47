package se.ebba.intake.domain;

import java.time.Instant;
import java.util.Objects;
import se.ebba.identity.domain.UserId;

/** Who recorded something and when: every intake record carries it (nothing is changed afterwards). */
public record Recorded(UserId by, String byName, Instant at) {

    public Recorded {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(byName, "byName");
        Objects.requireNonNull(at, "at");
    }
}
