package se.ebba.investigation.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.ebba.casefile.domain.CaseState;

/**
 * When intake may refer a case to the ongoing team (slussen / utredningsgruppen): only a case at
 * intake, with a complete grundutredning and a decision (PROCESS.md §1; Vantör, source 001: intake
 * hands over complete decision material, nothing lingers at intake).
 */
public final class ReferralPolicy {

    private ReferralPolicy() {
    }

    public sealed interface Outcome permits Allowed, Refused {

        default List<String> reasons() {
            return this instanceof Refused r ? r.reasons() : List.of();
        }
    }

    /** The referral may be made; it rests on this version of the grundutredning. */
    public record Allowed(BasicInvestigationId investigation, int investigationVersion) implements Outcome {
    }

    public record Refused(List<String> reasons) implements Outcome {

        public Refused {
            reasons = List.copyOf(reasons);
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("A refusal gives its reasons");
            }
        }
    }

    public static Outcome check(CaseState state, Optional<BasicInvestigation> investigation, boolean hasDecision) {
        List<String> reasons = new ArrayList<>();
        if (state != CaseState.OPEN_INTAKE) {
            reasons.add("Ärendet är inte aktuellt i mottagningen (status: " + state.text() + "). Bara ärenden i mottagningen remitteras.");
        }
        if (investigation.isEmpty() || !investigation.get().isSaved()) {
            reasons.add("Ärendet har ingen grundutredning. Skriv grundutredningen och markera den som klar.");
        } else if (!investigation.get().isComplete()) {
            reasons.add("Grundutredningen är inte markerad som klar.");
        }
        if (!hasDecision) {
            reasons.add("Ärendet har inget beslut. Remittera när beslutet är fattat.");
        }
        if (!reasons.isEmpty()) {
            return new Refused(reasons);
        }
        BasicInvestigation complete = investigation.orElseThrow();
        return new Allowed(complete.id(), complete.version());
    }
}
