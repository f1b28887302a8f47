package se.ebba.monthly;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.ebba.audit.AccessAction;
import se.ebba.audit.AccessEvent.Subject;
import se.ebba.audit.AccessEvent.SubjectType;
import se.ebba.calculation.Calculations;
import se.ebba.calculation.SavedCalculation;
import se.ebba.calculation.domain.CalculationInput;
import se.ebba.calculation.domain.InputChanges;
import se.ebba.casefile.CaseFiles;
import se.ebba.casefile.CaseFiles.CasePart;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.domain.UnitId;
import se.ebba.monthly.domain.MonthlyProposal;
import se.ebba.monthly.domain.MonthlyProposalId;
import se.ebba.monthly.domain.ProposalFlag;
import se.ebba.monthly.internal.MonthlyProposalStore;

/**
 * Prepares the month's proposal as soon as a monthly application is complete, as the system: saves
 * the calculation a decision will rest on, reads the jobbstimulans status and last month's input,
 * asks every {@link ProposalFlagSource}, and stores the proposal once per application (a redelivered
 * event finds it stored and does nothing). Then the unit's rule for automatic grant is tried.
 */
@Component
class MonthlyProposalPreparation {

    private final MonthlyProposalStore store;
    private final CaseFiles caseFiles;
    private final Calculations calculations;
    private final List<ProposalFlagSource> sources;
    private final AutomaticGrants automaticGrants;
    private final java.time.Clock clock;

    MonthlyProposalPreparation(MonthlyProposalStore store, CaseFiles caseFiles, Calculations calculations, List<ProposalFlagSource> sources,
                               AutomaticGrants automaticGrants, java.time.Clock clock) {
        this.store = store;
        this.caseFiles = caseFiles;
        this.calculations = calculations;
        this.sources = List.copyOf(sources);
        this.automaticGrants = automaticGrants;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(MonthlyApplicationCompleted completed) {
        prepare(completed).ifPresent(p -> automaticGrants.consider(p.proposal(), p.system()));
    }

    /** A proposal just stored and the system actor who prepared it. */
    record Prepared(MonthlyProposal proposal, CurrentUser system) {
    }

    /** Prepares and stores the proposal; empty when the application already has one. Runs in the caller's transaction. */
    Optional<Prepared> prepare(MonthlyApplicationCompleted completed) {
        if (store.existsFor(completed.applicationId())) {
            return Optional.empty();
        }
        MonthlyProposalId id = new MonthlyProposalId(UUID.randomUUID());
        CasePart<CurrentUser> opened = caseFiles.openAsSystem(completed.caseId(), AccessAction.SAVE_CALCULATION, "Månadens förslag förberett",
                new Subject(SubjectType.PROPOSAL, id.value()));
        UnitId unit = opened.caseDetails().unit().id();
        Optional<CalculationInput> previous = calculations.latestSaved(completed.caseId(), completed.month().minusMonths(1))
                .map(SavedCalculation::input);
        SavedCalculation saved = calculations.save(completed.caseId(), unit, completed.input(), opened.part().id());
        MonthlyProposal proposal = assemble(id, completed, opened.caseDetails().number().value(), unit, saved, previous,
                calculations.jobStimulus(completed.caseId(), completed.month()).explanation(),
                calculations.livelihoodSupportGranted(completed.caseId(), completed.month().minusMonths(1)), sources, clock.instant());
        return store.saveOnce(proposal) ? Optional.of(new Prepared(proposal, opened.part())) : Optional.empty();
    }

    /**
     * The proposal from its facts (pure: the benchmark measures it). Without a calculation for last
     * month there is nothing to compare with, so there are no changes, and the application is not
     * recurring either.
     */
    static MonthlyProposal assemble(MonthlyProposalId id, MonthlyApplicationCompleted completed, String caseNumber, UnitId unit,
                                    SavedCalculation saved, Optional<CalculationInput> previous, String jobStimulus, boolean recurring,
                                    List<ProposalFlagSource> sources, Instant now) {
        InputChanges changes = previous.map(p -> InputChanges.between(p, completed.input())).orElse(new InputChanges(List.of()));
        ProposalFacts facts = new ProposalFacts(completed, saved.result());
        List<ProposalFlag> flags = new ArrayList<>();
        for (ProposalFlagSource source : sources) {
            flags.addAll(source.flags(facts));
        }
        return new MonthlyProposal(id, completed.applicationId(), completed.caseId(), caseNumber, unit, completed.month(), saved.id(),
                Math.max(0, saved.result().result()), jobStimulus, recurring && previous.isPresent(), completed.late(), changes, flags,
                completed.completedAt(), now, Optional.empty());
    }
}
