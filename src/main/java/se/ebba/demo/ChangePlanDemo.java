package se.ebba.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.ebba.casefile.CaseFiles;
import se.ebba.casefile.CaseRef;
import se.ebba.casefile.HouseholdRegistration;
import se.ebba.casefile.HouseholdRegistration.PersonInput;
import se.ebba.casefile.domain.CaseState;
import se.ebba.changeplan.ChangePlanService;
import se.ebba.changeplan.ChangePlanService.FollowUpDraft;
import se.ebba.changeplan.ChangePlanService.MissedActivityDraft;
import se.ebba.changeplan.ChangePlanService.PlanDraft;
import se.ebba.changeplan.ChangePlanService.SignatureDraft;
import se.ebba.changeplan.domain.ChangePlan;
import se.ebba.changeplan.domain.MissedActivity;
import se.ebba.changeplan.domain.PlannedIntervention;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.domain.UnitId;

/**
 * Demo change plans in Östermalm: a referred case with a signed plan and one follow-up, and one
 * with a missed activity. Loaded inside the demo organisation's transaction when {@link DemoData}
 * publishes {@link Load} (one line there). All people are fictitious.
 */
@Component
@Profile("demo")
class ChangePlanDemo {

    /** Asks for the demo plans of the unit, written by the caseworker for households registered by intake. */
    record Load(UnitId unit, CurrentUser intake, CurrentUser caseworker) {
    }

    private final CaseFiles caseFiles;
    private final ChangePlanService plans;
    private final Clock clock;

    ChangePlanDemo(CaseFiles caseFiles, ChangePlanService plans, Clock clock) {
        this.caseFiles = caseFiles;
        this.plans = plans;
        this.clock = clock;
    }

    @EventListener
    void on(Load load) {
        LocalDate today = LocalDate.now(clock);
        CurrentUser cw = load.caseworker();

        // A woman studying to become an assistant nurse (birth day 4 → the first caseworker's range).
        CaseRef berglund = referred(load, new PersonInput(DemoData.pnr("19850604", "962"), "Nadia", "Berglund", false,
                "Linnégatan 30", "114 47", "Stockholm"));
        ChangePlan plan = plans.agree(berglund.id(), new PlanDraft(
                "Nadia ska ha en tillsvidareanställning som undersköterska inom äldreomsorgen senast i december nästa år.",
                List.of("Slutföra kursen i vård och omsorg på Komvux i vår", "Praktik på ett äldreboende i Östermalm under hösten"),
                List.of("Delta i Jobbtorgs aktiviteter enligt schema", "Söka minst fem relevanta arbeten i månaden och redovisa dem"),
                List.of(new PlannedIntervention("JOBBTORG", "Jobbtorg Stockholm, coach", "Två träffar i veckan"),
                        new PlannedIntervention("WORK_TRAINING", "Handläggaren", "Praktikplats ordnas via Jobbtorg")),
                "Jag vill jobba med äldre, det har jag alltid tyckt om. Jag behöver hjälp att hitta en praktikplats.",
                today.minusDays(40), Optional.empty()), cw);
        plans.recordSignature(berglund.id(), plan.version(), new SignatureDraft.OnPaper(Optional.of(today.minusDays(40))), cw);
        plans.followUp(berglund.id(), plan.version() + 1, new FollowUpDraft(today.minusDays(5),
                "Kursen i vård och omsorg är påbörjad och Nadia deltar på Jobbtorg enligt schema.",
                "Praktiken tidigareläggs till våren.", Optional.empty()), cw);

        // A man learning Swedish who missed an SFI week (birth day 11 → the first caseworker's range).
        CaseRef demir = referred(load, new PersonInput(DemoData.pnr("19790211", "964"), "Yusuf", "Demir", false,
                "Hantverkargatan 8", "112 21", "Stockholm"));
        plans.agree(demir.id(), new PlanDraft(
                "Yusuf ska klara SFI kurs C i juni och därefter börja på Stockholmsjobb som lagerarbetare.",
                List.of("Klara delprovet i hörförståelse", "Ta truckkort genom Jobbtorg"),
                List.of("Närvara vid SFI minst 15 timmar i veckan", "Meddela handläggaren vid frånvaro samma dag"),
                List.of(new PlannedIntervention("SFI", "Yusuf själv, SFI-skolan följer upp närvaron", ""),
                        new PlannedIntervention("BUDGET_DEBT_ADVICE", "Budget- och skuldrådgivningen", "Skuld till hyresvärden")),
                "Jag vill lära mig svenska ordentligt så att jag kan få ett jobb och betala av min skuld.",
                today.minusDays(60), Optional.empty()), cw);
        plans.recordMissedActivity(demir.id(), new MissedActivityDraft(today.minusDays(12), "SFI",
                "Yusuf säger att han var sjuk hela veckan men har inget intyg och meddelade inte skolan.",
                Optional.of(MissedActivity.Assessment.NO_VALID_REASON),
                "Frånvaron meddelades inte trots kravet i planen; ingen annan förklaring lämnades."), cw);
    }

    private CaseRef referred(Load load, PersonInput applicant) {
        CaseRef ref = caseFiles.registerHousehold(new HouseholdRegistration(load.unit(), applicant, null, List.of(), List.of(), null),
                load.intake());
        caseFiles.changeState(ref.id(), 0, CaseState.OPEN_ONGOING, "Remitterad till utredningsgruppen med komplett beslutsunderlag",
                load.caseworker());
        return ref;
    }
}
