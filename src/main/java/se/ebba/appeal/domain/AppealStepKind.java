package se.ebba.appeal.domain;

import java.util.Set;

/**
 * The steps of an appeal at the authority and the court (förvaltningslagen 39, 45–46 §§): an appeal
 * that came in too late is rejected; otherwise the decision is reconsidered (omprövning). When it is
 * changed as the applicant asks the appeal lapses; otherwise it is forwarded to förvaltningsrätten,
 * which rules.
 */
public enum AppealStepKind {
    REJECTED_AS_LATE("Avvisat: kom in för sent"),
    RECONSIDERED_CHANGED("Omprövat: ändrat som den sökande begär, överklagandet förfaller"),
    RECONSIDERED_PARTLY_CHANGED("Omprövat: delvis ändrat"),
    RECONSIDERED_UNCHANGED("Omprövat: inte ändrat"),
    FORWARDED_TO_COURT("Överlämnat till förvaltningsrätten"),
    COURT_RULED("Förvaltningsrätten har avgjort målet");

    private final String text;

    AppealStepKind(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    /** The steps that may follow this one. */
    public Set<AppealStepKind> next() {
        return switch (this) {
            case RECONSIDERED_PARTLY_CHANGED, RECONSIDERED_UNCHANGED -> Set.of(FORWARDED_TO_COURT);
            case FORWARDED_TO_COURT -> Set.of(COURT_RULED);
            case REJECTED_AS_LATE, RECONSIDERED_CHANGED, COURT_RULED -> Set.of();
        };
    }

    /** The first steps of a newly registered appeal. */
    public static Set<AppealStepKind> first() {
        return Set.of(REJECTED_AS_LATE, RECONSIDERED_CHANGED, RECONSIDERED_PARTLY_CHANGED, RECONSIDERED_UNCHANGED);
    }
}
