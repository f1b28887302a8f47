package se.ebba.appeal.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.ebba.appeal.domain.Appeal;

/** Appeals of decisions with their steps. Appended, never changed. */
public interface LodgedAppeals {

    void add(Appeal appeal, UUID registeredBy);

    Optional<Appeal> appeal(UUID id);

    /** The decision's appeals, oldest first. */
    List<Appeal> appeals(UUID decisionId);

    void addStep(UUID appealId, Appeal.Step step, UUID recordedBy);
}
