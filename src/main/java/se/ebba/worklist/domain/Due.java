package se.ebba.worklist.domain;

import java.time.LocalDate;
import java.util.Objects;

/** A due date and the rule it came from, in Swedish ("7 dagar från aktualiseringen, inställning från 2026-01-01"). */
public record Due(LocalDate on, String rule) {

    public Due {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(rule, "rule");
    }
}
