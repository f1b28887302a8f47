package se.ebba.monthly.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import se.ebba.calculation.domain.Kronor;

/**
 * A unit's rule for automatic grant (dated, with a source; off unless the unit switched it on). When
 * on, a proposal for a recurring application that is complete, in time, unchanged since last month,
 * without flags and with a total above zero and at or under the limit is granted in full by the
 * system. Anything else waits for a person: in particular nothing that goes against the applicant
 * (a refusal, a partial grant, a cost above the cap) is ever decided automatically.
 *
 * @param limit the highest total in kronor that may be granted automatically
 */
public record AutomaticGrantRule(LocalDate validFrom, boolean enabled, long limit, String source) {

    /** What a unit has before anyone set the rule. */
    public static final AutomaticGrantRule OFF = new AutomaticGrantRule(LocalDate.of(2000, 1, 1), false, 0,
            "Grundinställning: automatiskt beviljande är avstängt tills enhetschefen slår på det.");
    public static final long HIGHEST_LIMIT = 100_000;

    public AutomaticGrantRule {
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(source, "source");
    }

    /** Whether the proposal may be granted in full automatically, or why not (in Swedish). */
    public sealed interface Verdict {
        record Grant(String rule) implements Verdict {
        }

        record WaitForPerson(List<String> reasons) implements Verdict {
            public WaitForPerson {
                reasons = List.copyOf(reasons);
            }
        }
    }

    public Verdict check(MonthlyProposal proposal) {
        List<String> why = new ArrayList<>();
        if (!enabled) {
            why.add("Automatiskt beviljande är inte påslaget för enheten.");
        }
        if (!proposal.recurring()) {
            why.add("Förra månaden beviljades inte försörjningsstöd: ansökan är inte återkommande.");
        }
        if (proposal.late()) {
            why.add("Ansökan kom in för sent.");
        }
        if (!proposal.changes().none()) {
            why.add("Något har ändrats sedan förra månaden.");
        }
        if (proposal.flagged()) {
            why.add("Förslaget har flaggor som en person ska titta på.");
        }
        if (proposal.total() <= 0) {
            why.add("Beräkningen ger inget försörjningsstöd: ett avslag fattas aldrig automatiskt.");
        } else if (proposal.total() > limit) {
            why.add("Beloppet " + Kronor.format(proposal.total()) + " kr är över enhetens gräns " + Kronor.format(limit) + " kr.");
        }
        return why.isEmpty() ? new Verdict.Grant(describe()) : new Verdict.WaitForPerson(why);
    }

    /** The rule as a decision names it. */
    public String describe() {
        return "Enhetens regel för automatiskt beviljande av återkommande ansökan (gäller från " + validFrom
                + "): komplett, i tid, oförändrad sedan förra månaden, utan flaggor, högst " + Kronor.format(limit)
                + " kr. Källa: " + source;
    }
}
