package se.ebba.casefile.domain;

import java.util.List;

/**
 * Duplicate check (ISSUE 8, docs/intake.md): a person who is applicant or co-applicant in an open
 * case may not get a second one. An open case at this unit is named, so that the user opens it
 * instead. An open case at another unit is only said to exist: which unit, its number and
 * everything in it stay secret between the units (OSL 26 kap. 1 §); the message tells the user to
 * ask the person and, with the person's consent, contact that unit.
 */
public final class OpenCasePolicy {

    private OpenCasePolicy() {
    }

    /** The outcome of the check; only {@link NoOpenCase} lets a registration through. */
    public sealed interface Outcome {

        boolean allowsNewCase();

        /** The Swedish message shown on the personnummer field; empty text when a new case may be opened. */
        String message();

        record NoOpenCase() implements Outcome {
            public boolean allowsNewCase() {
                return true;
            }

            public String message() {
                return "";
            }
        }

        record OpenHere(CaseNumber number) implements Outcome {
            public boolean allowsNewCase() {
                return false;
            }

            public String message() {
                return "Personen har redan ett aktuellt ärende på enheten: " + number.value() + ". Öppna det ärendet i stället.";
            }
        }

        /** Deliberately without any detail of the other case: not even which unit holds it. */
        record OpenElsewhere() implements Outcome {
            public boolean allowsNewCase() {
                return false;
            }

            public String message() {
                return "Personen har ett pågående ärende om ekonomiskt bistånd hos en annan enhet. Uppgifter om det ärendet "
                        + "omfattas av sekretess och visas inte här. Fråga personen var ärendet handläggs och kontakta den enheten, "
                        + "med personens samtycke, innan ett nytt ärende aktualiseras.";
            }
        }
    }

    /** An open case here is named before one elsewhere is mentioned: the user can act on it at once. */
    public static Outcome check(List<CaseNumber> openHere, boolean openElsewhere) {
        if (!openHere.isEmpty()) {
            return new Outcome.OpenHere(openHere.getFirst());
        }
        return openElsewhere ? new Outcome.OpenElsewhere() : new Outcome.NoOpenCase();
    }
}
