package se.ebba.investigation.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * When a grundutredning may be marked complete (PROCESS.md §6; QUALITY.md, case file audit): every
 * heading written, the analysis written (the analysis precedes the assessment), and in a household
 * with children the children's situation described. The inspectors' audit of 2011 found the
 * analysis missing in every file and the children's situation described in none of the families.
 */
public final class CompletenessPolicy {

    /** What the policy says about a set of texts. */
    public sealed interface Outcome permits Complete, Incomplete {

        default boolean isComplete() {
            return this instanceof Complete;
        }

        default List<Missing> missing() {
            return this instanceof Incomplete i ? i.missing() : List.of();
        }
    }

    public record Complete() implements Outcome {
    }

    /** @param missing what is missing, in the order of the headings */
    public record Incomplete(List<Missing> missing) implements Outcome {

        public Incomplete {
            missing = List.copyOf(missing);
            if (missing.isEmpty()) {
                throw new IllegalArgumentException("An incomplete outcome names what is missing");
            }
        }
    }

    /** A heading that must be written, with the Swedish reason. */
    public record Missing(String headingCode, String reason) {
    }

    private final List<Heading> headings;

    public CompletenessPolicy(List<Heading> headings) {
        if (headings.isEmpty()) {
            throw new IllegalArgumentException("A grundutredning has headings");
        }
        this.headings = headings.stream().sorted(Comparator.comparingInt(Heading::position)).toList();
    }

    public List<Heading> headings() {
        return headings;
    }

    /** Whether a heading must be written in this household. */
    public boolean required(Heading heading, boolean householdHasChildren) {
        return heading.kind() != HeadingKind.CHILDREN || householdHasChildren;
    }

    public Outcome check(Map<String, String> texts, boolean householdHasChildren) {
        List<Missing> missing = new ArrayList<>();
        for (Heading h : headings) {
            String text = texts.get(h.code());
            if (text != null && !text.isBlank() || !required(h, householdHasChildren)) {
                continue;
            }
            missing.add(new Missing(h.code(), switch (h.kind()) {
                case ANALYSIS -> "Analysen saknas. Skriv analysen (varför situationen är som den är) innan utredningen markeras som klar.";
                case CHILDREN -> "Barnens situation är inte beskriven. Hushållet har barn, så deras situation ska beskrivas.";
                case GENERAL -> "Rubriken " + h.title() + " är tom.";
            }));
        }
        return missing.isEmpty() ? new Complete() : new Incomplete(missing);
    }
}
