package se.ebba.casefile.domain;

import java.util.Set;

/**
 * The states of a case (PROCESS.md §5). A case starts at intake, is referred to the ongoing team,
 * and is closed when the household no longer applies; a closed case can be reopened.
 */
public enum CaseState {
    OPEN_INTAKE("Aktuellt – mottagning"),
    OPEN_ONGOING("Aktuellt – pågående"),
    CLOSED("Avslutat");

    private final String text;

    CaseState(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    public boolean isOpen() {
        return this != CLOSED;
    }

    public Set<CaseState> next() {
        return switch (this) {
            case OPEN_INTAKE -> Set.of(OPEN_ONGOING, CLOSED);
            case OPEN_ONGOING -> Set.of(CLOSED);
            // PROCESS.md §4: back to the former caseworker within 3 months, otherwise to intake.
            case CLOSED -> Set.of(OPEN_INTAKE, OPEN_ONGOING);
        };
    }

    public boolean canChangeTo(CaseState target) {
        return next().contains(target);
    }
}
