package se.ebba.monthly.internal;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.ebba.application.domain.ApplicationId;
import se.ebba.identity.domain.UnitId;
import se.ebba.monthly.domain.MonthlyProposal;
import se.ebba.monthly.domain.MonthlyProposalId;
import se.ebba.monthly.domain.ProposalOutcome;

/** The months' proposals, one per application, with what became of them. */
public interface MonthlyProposalStore {

    boolean existsFor(ApplicationId applicationId);

    /** Stores the proposal unless the application already has one; whether it was stored. */
    boolean saveOnce(MonthlyProposal proposal);

    Optional<MonthlyProposal> find(MonthlyProposalId id);

    /** The proposal of the application, if one was prepared. */
    Optional<MonthlyProposal> ofApplication(ApplicationId applicationId);

    /** The unit's proposals for a benefit month, in the order they were prepared. */
    List<MonthlyProposal> ofUnit(UnitId unit, YearMonth month);

    void recordOutcome(MonthlyProposalId id, ProposalOutcome outcome, UUID byUser);
}
