package se.ebba.monthly.domain;

import java.util.Optional;
import se.ebba.application.domain.ApplicationState;

/** Where a case's monthly application for a benefit month is, as Månadens ansökningar shows it. */
public enum MonthStatus {
    NOT_RECEIVED("Inte inkommen"),
    RECEIVED("Inkommen"),
    INCOMPLETE("Ofullständig"),
    COMPLETE("Komplett"),
    DECIDED("Beslutad");

    private final String text;

    MonthStatus(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    /** The status of the month from the state of its application (none: not received). */
    public static MonthStatus of(Optional<ApplicationState> state) {
        return state.map(s -> switch (s) {
            case RECEIVED -> RECEIVED;
            case INCOMPLETE -> INCOMPLETE;
            case COMPLETE, CALCULATED -> COMPLETE;
            case DECIDED, NOTIFIED, APPEALED -> DECIDED;
        }).orElse(NOT_RECEIVED);
    }
}
