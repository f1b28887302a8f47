package se.ebba.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.ebba.calculation.Calculations;
import se.ebba.calculation.domain.CalculationInput;
import se.ebba.calculation.domain.CostType;
import se.ebba.calculation.domain.IncomeType;
import se.ebba.calculation.domain.MemberRole;
import se.ebba.casefile.CaseFiles;
import se.ebba.casefile.CaseRef;
import se.ebba.casefile.HouseholdRegistration;
import se.ebba.casefile.HouseholdRegistration.PersonInput;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.domain.UnitId;

/**
 * Demo of the calculation rules in Östermalm: a mother whose son lives with her half of the time
 * (växelvis boende), with this month's calculation saved, so that next month's calculation page opens
 * filled in from it and counts the son by his days. Loaded when {@link DemoData} publishes
 * {@link Load} (one line there). The people are fictitious.
 */
@Component
@Profile("demo")
class CalculationRulesDemo {

    static final LocalDate MOTHER_BORN = LocalDate.of(1986, 10, 19);
    static final LocalDate SON_BORN = LocalDate.of(2017, 2, 14);

    /** Asks for the demo household of the unit, registered by intake and calculated by the caseworker. */
    record Load(UnitId unit, CurrentUser intake, CurrentUser caseworker) {
    }

    private final CaseFiles caseFiles;
    private final Calculations calculations;
    private final Clock clock;

    CalculationRulesDemo(CaseFiles caseFiles, Calculations calculations, Clock clock) {
        this.caseFiles = caseFiles;
        this.calculations = calculations;
        this.clock = clock;
    }

    @EventListener
    void on(Load load) {
        CaseRef strand = caseFiles.registerHousehold(new HouseholdRegistration(load.unit(),
                new PersonInput(DemoData.pnr("19861019", "952"), "Lova", "Strand", false, "Karlavägen 61", "114 49", "Stockholm"), null,
                List.of(PersonInput.of(DemoData.pnr("20170214", "954"), "Melker", "Strand")), List.of(), null), load.intake());
        YearMonth month = YearMonth.now(clock);
        calculations.save(strand.id(), load.unit(), new CalculationInput(month, List.of(
                        new CalculationInput.Member(MemberRole.APPLICANT, MOTHER_BORN, false, false),
                        new CalculationInput.Member(MemberRole.CHILD, SON_BORN, false, false, 15)), null,
                List.of(new CalculationInput.Cost(CostType.HOUSING, 6_800), new CalculationInput.Cost(CostType.ELECTRICITY, 350)),
                List.of(new CalculationInput.Income(0, IncomeType.CHILD_ALLOWANCE, 625, false, 0)), null, null), load.caseworker().id());
    }
}
