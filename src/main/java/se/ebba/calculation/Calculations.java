package se.ebba.calculation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.ebba.calculation.internal.SupportMonths;
import se.ebba.calculation.domain.CalculationInput;
import se.ebba.calculation.domain.CalculationResult;
import se.ebba.calculation.domain.Calculator;
import se.ebba.calculation.domain.JobStimulusPolicy;
import se.ebba.calculation.domain.JobStimulusPolicy.JobStimulusStatus;
import se.ebba.calculation.domain.RuleSet;
import se.ebba.casefile.CaseFiles;
import se.ebba.casefile.domain.CaseId;
import se.ebba.casefile.domain.HouseholdRole;
import se.ebba.identity.domain.UnitId;
import se.ebba.identity.domain.UserId;

/** The calculation's API: looks up the month's rules, runs the pure calculator, keeps calculations decisions rest on. */
@Service
public class Calculations {

    private final RuleTables rules;
    private final CalculationArchive archive;
    private final SupportMonths history;
    private final CaseFiles caseFiles;
    private final Clock clock;

    Calculations(RuleTables rules, CalculationArchive archive, SupportMonths history, CaseFiles caseFiles, Clock clock) {
        this.rules = rules;
        this.archive = archive;
        this.history = history;
        this.caseFiles = caseFiles;
        this.clock = clock;
    }

    /**
     * Calculates the month with the unit's caps (none when {@code unit} is null). The legal
     * references are those of the law in force on the first day of the benefit month; a decision
     * cites the law in force on its own date.
     */
    public CalculationResult calculate(CalculationInput input, UnitId unit) {
        return calculateWithRules(input, unit).result();
    }

    private Calculated calculateWithRules(CalculationInput input, UnitId unit) {
        // Input errors are reported before a missing table of the month.
        Calculator.validate(input);
        rules.amountLimits().check(input);
        LocalDate lawDate = input.month().atDay(1);
        RuleSet ruleSet = rules.forMonth(input.month(), unit, lawDate);
        return new Calculated(Calculator.calculate(input, ruleSet), ruleSet);
    }

    private record Calculated(CalculationResult result, RuleSet rules) {
    }

    /**
     * Calculates and keeps the calculation for the case, with the exact norm table row it used. The
     * caller has let the user into the case for a change.
     */
    @Transactional
    public SavedCalculation save(CaseId caseId, UnitId unit, CalculationInput input, UserId by) {
        Calculated calculated = calculateWithRules(input, unit);
        SavedCalculation saved = new SavedCalculation(UUID.randomUUID(), caseId, unit, input.month(),
                calculated.rules().normTable().id(), input, calculated.result(), clock.instant());
        archive.save(saved, by);
        return saved;
    }

    public Optional<SavedCalculation> saved(UUID id) {
        return archive.find(id);
    }

    /** The newest calculation saved for the case and benefit month. */
    public Optional<SavedCalculation> latestSaved(CaseId caseId, YearMonth month) {
        return archive.latest(caseId, month);
    }

    /**
     * Jobbstimulans of the case's applicant in a month (SoL 12 kap. 8 §): derived from the months in
     * which the applicant, as a person, was granted försörjningsstöd by decision, in this case or any
     * other of the unit's cases (as recorded from {@link LivelihoodSupportDecided} events). For each
     * adult, see {@link #jobStimulusPerAdult}.
     */
    public JobStimulusStatus jobStimulus(CaseId caseId, YearMonth month) {
        return jobStimulusPerAdult(caseId, month).stream().filter(a -> a.role() == HouseholdRole.APPLICANT).findFirst()
                .map(AdultJobStimulus::status)
                .orElseGet(() -> JobStimulusPolicy.statusFor(month, history.monthsWithLivelihoodSupport(caseId.value())));
    }

    /**
     * Jobbstimulans of each adult of the case's household (applicant first, then co-applicant) in a
     * month, each from the person's own months with försörjningsstöd across the unit's households and
     * cases. Months recorded by another unit are not seen (people are secret per unit).
     */
    public List<AdultJobStimulus> jobStimulusPerAdult(CaseId caseId, YearMonth month) {
        return caseFiles.householdMembers(caseId).stream()
                .filter(m -> m.role() == HouseholdRole.APPLICANT || m.role() == HouseholdRole.CO_APPLICANT)
                .map(m -> new AdultJobStimulus(m.person(), m.role(),
                        JobStimulusPolicy.statusFor(month, history.monthsWithLivelihoodSupportOfPerson(m.person().value()))))
                .toList();
    }

    /** Whether försörjningsstöd was granted by decision for the case's month (a recurring application follows such a month). */
    public boolean livelihoodSupportGranted(CaseId caseId, YearMonth month) {
        return history.monthsWithLivelihoodSupport(caseId.value()).contains(month);
    }
}
