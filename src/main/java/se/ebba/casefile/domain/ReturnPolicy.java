package se.ebba.casefile.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import se.ebba.identity.domain.UserId;

/**
 * Where a closed case goes when the household applies again (PROCESS.md §4): within the unit's
 * return period back to its former caseworker in the ongoing team, later to intake, where it starts
 * again. The period is a unit setting (0 months: every return starts at intake).
 */
public final class ReturnPolicy {

    private ReturnPolicy() {
    }

    /** Where the case goes, with the Swedish explanation recorded as part of the state change's reason. */
    public sealed interface Target {
        String explanation();

        /** Back to the ongoing team with the caseworker who had it. */
        record ToFormerCaseworker(UserId caseworker, String explanation) implements Target {
            public ToFormerCaseworker {
                Objects.requireNonNull(caseworker);
            }
        }

        /** Back to the ongoing team, but the former caseworker no longer works with cases at the unit: the team lead assigns. */
        record ToOngoingTeam(String explanation) implements Target {
        }

        /** The return period has passed (or the unit has none): the case starts again at intake, unassigned. */
        record ToIntake(String explanation) implements Target {
        }
    }

    /**
     * @param closedOn          the day the case was last closed
     * @param formerCaseworker  the caseworker responsible when it closed, if they still own cases at the unit
     * @param returnWithinMonths the unit's return period valid today
     */
    public static Target targetFor(LocalDate closedOn, Optional<UserId> formerCaseworker, LocalDate today, int returnWithinMonths) {
        if (returnWithinMonths < 0) {
            throw new IllegalArgumentException("returnWithinMonths");
        }
        LocalDate lastDay = closedOn.plusMonths(returnWithinMonths);
        if (returnWithinMonths == 0 || today.isAfter(lastDay)) {
            return new Target.ToIntake("Avslutat " + closedOn + ", mer än " + returnWithinMonths
                    + " månader sedan: ärendet börjar om i mottagningen");
        }
        String within = "Avslutat " + closedOn + ", inom " + returnWithinMonths + " månader";
        return formerCaseworker.<Target>map(cw -> new Target.ToFormerCaseworker(cw, within + ": åter till tidigare handläggare"))
                .orElseGet(() -> new Target.ToOngoingTeam(within + ", men tidigare handläggare finns inte kvar: arbetsledaren fördelar"));
    }
}
