package se.ebba.changeplan.domain;

/** An intervention chosen from the catalogue for the plan, with who is responsible for it and an optional note. */
public record PlannedIntervention(String code, String responsible, String note) {

    public PlannedIntervention {
        note = note == null ? "" : note;
    }
}
