package se.ebba.changeplan.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.InvalidInputException.FieldError;

/**
 * What the applicant and the caseworker agree on (PROCESS.md §6): the individual goal, sub-goals,
 * requirements on the applicant, interventions with who is responsible, the applicant's
 * participation in their own words, and the next follow-up.
 */
public record PlanContent(String goal, List<String> subGoals, List<String> requirements, List<PlannedIntervention> interventions,
                          String participation, LocalDate agreedOn, LocalDate nextFollowUpOn) {

    public static final int MAX_GOAL = 2000;
    public static final int MAX_TEXT = 5000;

    public PlanContent {
        subGoals = clean(subGoals);
        requirements = clean(requirements);
        interventions = interventions == null ? List.of() : List.copyOf(interventions);
        goal = goal == null ? "" : goal.strip();
        participation = participation == null ? "" : participation.strip();
    }

    /** Refuses content that cannot be a plan, naming each field; the catalogue is the one valid on the agreed date. */
    public void check(List<InterventionType> catalogue, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (goal.isEmpty()) {
            errors.add(new FieldError("goal", "Skriv det individuella målet."));
        } else if (goal.length() > MAX_GOAL) {
            errors.add(new FieldError("goal", "Målet får vara högst " + MAX_GOAL + " tecken."));
        }
        if (requirements.isEmpty()) {
            errors.add(new FieldError("requirements", "Skriv vilka krav som ställs på den sökande."));
        }
        if (participation.isEmpty()) {
            errors.add(new FieldError("participation", "Skriv den sökandes delaktighet med den sökandes egna ord."));
        } else if (participation.length() > MAX_TEXT) {
            errors.add(new FieldError("participation", "Texten får vara högst " + MAX_TEXT + " tecken."));
        }
        if (String.join("\n", subGoals).length() > MAX_TEXT) {
            errors.add(new FieldError("subGoals", "Delmålen får vara högst " + MAX_TEXT + " tecken."));
        }
        if (String.join("\n", requirements).length() > MAX_TEXT) {
            errors.add(new FieldError("requirements", "Kraven får vara högst " + MAX_TEXT + " tecken."));
        }
        if (agreedOn == null) {
            errors.add(new FieldError("agreedOn", "Ange datum då planen gjordes upp."));
        } else if (agreedOn.isAfter(today)) {
            errors.add(new FieldError("agreedOn", "Datumet kan inte ligga i framtiden."));
        }
        if (interventions.isEmpty()) {
            errors.add(new FieldError("interventions[0].code", "Välj minst en insats."));
        }
        for (int i = 0; i < interventions.size(); i++) {
            PlannedIntervention p = interventions.get(i);
            boolean known = agreedOn != null && catalogue.stream().anyMatch(t -> t.code().equals(p.code()) && t.validOn(agreedOn));
            if (!known) {
                errors.add(new FieldError("interventions[" + i + "].code", "Välj en insats ur katalogen."));
            }
            if (p.responsible() == null || p.responsible().isBlank()) {
                errors.add(new FieldError("interventions[" + i + "].responsible", "Ange vem som ansvarar för insatsen."));
            } else if (p.responsible().length() > 200) {
                errors.add(new FieldError("interventions[" + i + "].responsible", "Högst 200 tecken."));
            }
            if (p.note().length() > 500) {
                errors.add(new FieldError("interventions[" + i + "].note", "Högst 500 tecken."));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    public PlanContent withNextFollowUpOn(LocalDate next) {
        return new PlanContent(goal, subGoals, requirements, interventions, participation, agreedOn, next);
    }

    private static List<String> clean(List<String> lines) {
        return lines == null ? List.of() : lines.stream().filter(l -> l != null && !l.isBlank()).map(String::strip).toList();
    }
}
