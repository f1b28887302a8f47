package se.ebba.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import se.ebba.casefile.CaseRef;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.domain.UserId;
import se.ebba.intake.ApplicationChecklists;
import se.ebba.intake.Consents;
import se.ebba.intake.Summonses;
import se.ebba.intake.ChecklistStatus;
import se.ebba.intake.ConsentScope;

/**
 * Intake documents for the demo: a first meeting booked for the household with a protected identity
 * (its summons goes through Skatteverket), and for the Andersson household a booked meeting, a
 * checklist partly marked, bank statements with a gap and a consent.
 */
@Component
@Profile("demo")
class IntakeDocumentsDemo {

    private final Summonses summonses;
    private final ApplicationChecklists checklists;
    private final Consents consents;
    private final Clock clock;

    IntakeDocumentsDemo(Summonses summonses, ApplicationChecklists checklists, Consents consents, Clock clock) {
        this.summonses = summonses;
        this.checklists = checklists;
        this.consents = consents;
        this.clock = clock;
    }

    void load(CaseRef andersson, CaseRef protectedCase, UserId investigator, CurrentUser intake) {
        LocalDate today = LocalDate.now(clock);
        String place = "Socialtjänsten Östermalm, Demogatan 1 (fiktiv), plan 2 – fråga i receptionen";
        // Marked first, so that the summons asks only for what is still open.
        for (String code : List.of("PERSONAL_NUMBER", "APPLICATION_DATE", "INTERPRETER", "PROTECTED_IDENTITY", "EARLIER_CASE",
                "RESIDENCE_CHECK", "ACCOUNT_OVERVIEW")) {
            checklists.mark(andersson.id(), code, ChecklistStatus.CHECKED, "", intake);
        }
        checklists.mark(andersson.id(), "ACCOUNT_STATEMENTS", ChecklistStatus.MISSING, "Utdrag saknas för sparkontot", intake);
        checklists.mark(andersson.id(), "INTEREST_EXPENSES", ChecklistStatus.NOT_NEEDED, "Inga lån enligt kontoöversikten", intake);
        LocalDate month = today.withDayOfMonth(1);
        checklists.recordStatement(andersson.id(), "Demobanken lönekonto", month.minusMonths(3), month.minusMonths(2).minusDays(1), intake);
        checklists.recordStatement(andersson.id(), "Demobanken lönekonto", month.minusMonths(2), month.minusMonths(1).minusDays(1), intake);
        checklists.recordStatement(andersson.id(), "Demobanken sparkonto", month.minusMonths(3), month.minusMonths(2).minusDays(1), intake);
        checklists.recordStatement(andersson.id(), "Demobanken sparkonto", month.minusMonths(1), month.minusDays(1), intake);
        summonses.book(andersson.id(), new Summonses.NewBooking(today.plusDays(6).atTime(LocalTime.of(10, 0)), place, investigator), intake);
        consents.record(andersson.id(), new Consents.NewConsent(ConsentScope.ARBETSFORMEDLINGEN, "Arbetsförmedlingen", today.minusDays(2),
                today.plusMonths(6)), intake);

        summonses.book(protectedCase.id(), new Summonses.NewBooking(today.plusDays(8).atTime(LocalTime.of(13, 30)), place, investigator),
                intake);
    }
}
