package se.ebba.decision.domain;

import java.util.List;
import java.util.UUID;

/**
 * What the decision form holds before anyone has decided: an outcome per applied item, the ground,
 * the reasons and (for SoL 12 kap. 5 §) the activity record. Also what a proposal routed to someone
 * with delegation carries.
 */
public record DecisionDraft(List<ItemDecision> items, DecisionGround ground, String reasons, ActivityRecord activity,
                            List<PartReasons> partReasons) {

    public DecisionDraft {
        items = items == null ? List.of() : List.copyOf(items);
        ground = ground == null ? DecisionGround.NEED_ASSESSMENT : ground;
        reasons = reasons == null ? "" : reasons.strip();
        partReasons = partReasons == null ? List.of() : partReasons.stream().filter(java.util.Objects::nonNull).toList();
    }

    public DecisionDraft(List<ItemDecision> items, DecisionGround ground, String reasons, ActivityRecord activity) {
        this(items, ground, reasons, activity, List.of());
    }

    /** The reasons written for one refused part ({@link RefusedPart#key()}), "" when none. */
    public String reasonsFor(String key) {
        return partReasons.stream().filter(p -> key.equals(p.key())).map(PartReasons::reasons).findFirst().orElse("");
    }

    /** The caseworker's reasons for one refused part of the application (a cost above the cap, a lowered norm). */
    public record PartReasons(String key, String reasons) {

        public PartReasons {
            reasons = reasons == null ? "" : reasons.strip();
        }
    }

    /** The outcome chosen for one applied item; the amount matters for a partial grant. */
    public record ItemDecision(UUID itemId, Outcome outcome, Long grantedAmount) {
    }

    /**
     * SoL 12 kap. 5 §: the agreed activity that was declined or missed, the dates, the applicant's
     * explanation and the assessment of it.
     */
    public record ActivityRecord(String activity, String dates, String explanation, String assessment) {

        public boolean complete() {
            return filled(activity) && filled(dates) && filled(explanation) && filled(assessment);
        }

        private static boolean filled(String s) {
            return s != null && !s.isBlank();
        }
    }
}
