package se.ebba.worklist.domain;

import java.time.LocalDate;
import se.ebba.casefile.domain.CaseState;

/**
 * When an ongoing case is closed for lack of applications (PROCESS.md §4): after the unit's set
 * number of months without an application, never while an application is undecided, an appeal is
 * open or a recovery is open. Closing is administrative: it decides nothing against the household
 * (no decision, no appeal), and a new application reopens the case.
 */
public final class ClosingPolicy {

    private ClosingPolicy() {
    }

    /** The outcome, with the reason in Swedish (recorded as the state change's reason, or shown as why the case stays open). */
    public sealed interface Outcome {
        String reason();

        record Close(String reason) implements Outcome {
        }

        record KeepOpen(String reason) implements Outcome {
        }
    }

    public static Outcome assess(CaseActivity activity, ProcessSettings settings, LocalDate today) {
        if (activity.state() != CaseState.OPEN_ONGOING) {
            return new Outcome.KeepOpen("Bara ärenden i pågående handläggning avslutas automatiskt");
        }
        if (activity.undecidedApplications() > 0) {
            return new Outcome.KeepOpen("En ansökan väntar på beslut");
        }
        if (activity.openAppeals() > 0) {
            return new Outcome.KeepOpen("Ett överklagande pågår");
        }
        if (activity.openRecovery()) {
            return new Outcome.KeepOpen("Ett återkrav pågår");
        }
        LocalDate closesAfter = activity.quietSince().plusMonths(settings.closeAfterMonths());
        if (!today.isAfter(closesAfter)) {
            return new Outcome.KeepOpen("Ingen ansökan sedan " + activity.quietSince() + ", avslutas tidigast efter " + closesAfter);
        }
        return new Outcome.Close("Ingen ansökan sedan " + activity.quietSince() + " (" + settings.closeAfterMonths()
                + " månader enligt enhetens processinställning från " + settings.validFrom()
                + "). Administrativt avslut av Ebba, inget beslut mot den enskilde; en ny ansökan aktualiserar ärendet igen.");
    }
}
