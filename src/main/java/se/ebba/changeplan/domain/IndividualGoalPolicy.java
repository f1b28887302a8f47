package se.ebba.changeplan.domain;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a plan's goals are individual. The inspectors' audit (QUALITY.md, 000_…) found the goal
 * individual in 4 of 35 files: most said only "bli självförsörjande". A plan whose goal is such a
 * generic wording, with no sub-goal that says more, gets a warning. It is a warning, not a refusal:
 * the caseworker may still save the plan, and the warning stays on the plan until it is revised.
 */
public final class IndividualGoalPolicy {

    /** Word stems that, in a short goal, say no more than "support yourself". */
    private static final List<String> GENERIC_STEMS = List.of("självförsörj", "egen försörjning", "försörja sig", "ekonomiskt självständig",
            "ekonomisk självständighet", "bli självständig");
    /** Whole goals that name no individual way forward. */
    private static final Set<String> GENERIC_GOALS = Set.of("arbete", "jobb", "ett arbete", "ett jobb", "få arbete", "få jobb",
            "få ett arbete", "få ett jobb", "komma i arbete", "komma ut i arbete", "komma ut på arbetsmarknaden", "egen inkomst",
            "sysselsättning", "bli självständig");
    /** A goal longer than this says something about the person, whatever words it uses. */
    private static final int MAX_GENERIC_WORDS = 6;

    private IndividualGoalPolicy() {
    }

    public sealed interface GoalAssessment permits Individual, TooGeneric {
    }

    public record Individual() implements GoalAssessment {
    }

    public record TooGeneric(String warning) implements GoalAssessment {
    }

    public static GoalAssessment assess(String goal, List<String> subGoals) {
        if (!isGeneric(goal)) {
            return new Individual();
        }
        if (subGoals.stream().anyMatch(s -> !isGeneric(s))) {
            return new Individual();
        }
        return new TooGeneric("Målet är allmänt formulerat (till exempel \"bli självförsörjande\"). Skriv ett individuellt mål och "
                + "delmål som beskriver den sökandes egen väg dit: vad, hur och när.");
    }

    static boolean isGeneric(String text) {
        String t = normalise(text);
        if (t.isEmpty()) {
            return true;
        }
        if (t.split(" ").length > MAX_GENERIC_WORDS) {
            return false;
        }
        return GENERIC_GOALS.contains(t) || GENERIC_STEMS.stream().anyMatch(t::contains);
    }

    private static String normalise(String text) {
        String t = text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]", " ").replaceAll("\\s+", " ").strip();
        for (String filler : List.of("målet är att ", "mål ", "att ", "jag ska ", "jag vill ")) {
            if (t.startsWith(filler)) {
                t = t.substring(filler.length());
            }
        }
        return t.strip();
    }
}
