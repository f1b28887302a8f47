package se.ebba.payment.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import se.ebba.casefile.domain.CaseId;
import se.ebba.decision.domain.DecisionId;
import se.ebba.payment.domain.Attention;
import se.ebba.identity.domain.UnitId;

/** Granted amounts waiting for the payment officer. */
public interface Attentions {

    /** Opens it unless the decision already has one of the kind for the recipient. */
    void open(Attention attention);

    /** The units' open items, oldest first. */
    List<Attention> open(Collection<UnitId> units);

    /** The case's open items of the kind. */
    List<Attention> openOf(CaseId caseId, Attention.Kind kind);

    /** The decision's open items. */
    List<Attention> openOf(DecisionId decision);

    /** Resolves it if it still has its version; false if someone else did first. */
    boolean resolve(Attention attention, String resolution, Instant at);
}
