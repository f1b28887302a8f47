package se.ebba.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.ebba.calculation.Calculations;
import se.ebba.calculation.domain.CalculationInput;
import se.ebba.calculation.domain.CostType;
import se.ebba.calculation.domain.MemberRole;
import se.ebba.casefile.domain.CaseId;
import se.ebba.application.Applications;
import se.ebba.application.domain.Application;
import se.ebba.application.domain.ApplicationKind;
import se.ebba.decision.domain.Decision;
import se.ebba.application.domain.ItemKind;
import se.ebba.decision.letter.DecisionLetterPdf;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.UnitContact;
import se.ebba.identity.Units;
import se.ebba.identity.Users;
import se.ebba.support.Api;
import se.ebba.support.EbbaIntegrationTest;
import se.ebba.support.Households;
import se.ebba.support.TestUsers;

/** The letter PDF is drawn once per letter content: downloaded again it is the same, changed data gives a new one. */
@EbbaIntegrationTest
class KeptLetterIT {

    @LocalServerPort
    int port;
    @Autowired
    Decisions decisions;
    @Autowired
    Applications applications;
    @Autowired
    Calculations calculations;
    @Autowired
    Users users;
    @Autowired
    Units units;
    @Autowired
    Clock clock;

    @Test
    void aLetterDownloadedAgainIsTheKeptOneAndAfterTheUnitsContactChangesItPrintsTheNewContact() throws Exception {
        CurrentUser karin = TestUsers.loggedIn(users, "handlaggare.ost");
        String id = Api.as("mottagning.ost", port).post("/api/v1/cases", """
                {"unitCode": "OSTERMALM",
                 "applicant": {"personalNumber": "%s", "firstName": "Petra", "lastName": "Brevsson", "protectedIdentity": false,
                               "streetAddress": "Lönngatan 9", "postalCode": "114 30", "city": "Stockholm"}}
                """.formatted(Households.personalNumber("19790212"))).json().get("caseId").asString();
        CaseId caseId = new CaseId(UUID.fromString(id));
        YearMonth month = YearMonth.now(clock).plusMonths(1);
        Application application = applications.register(caseId, new Applications.NewApplication(ApplicationKind.MONTHLY, month,
                LocalDate.now(clock), List.of(new Applications.NewItem(ItemKind.LIVELIHOOD_SUPPORT, null, null))), karin);
        calculations.save(caseId, karin.units().iterator().next(), new CalculationInput(month,
                List.of(new CalculationInput.Member(MemberRole.APPLICANT, LocalDate.of(1979, 2, 12), false, false)), null,
                List.of(new CalculationInput.Cost(CostType.HOUSING, 6_000)), List.of(), null, null), karin.id());
        Decision decision = decisions.decide(caseId, application.id(), PartialRefusalIT.granted(application, null), karin);

        var page = decisions.decision(caseId, decision.id(), karin);
        byte[] first = decisions.letterPdf(caseId, decision.id(), karin);
        byte[] again = decisions.letterPdf(caseId, decision.id(), karin);

        assertThat(again).isSameAs(first);
        assertThat(PartialRefusalIT.text(first)).isEqualTo(PartialRefusalIT.text(DecisionLetterPdf.render(page.letter())))
                .contains("Petra Brevsson").contains("Lönngatan 9").contains("Kontaktperson: Mottagningen");

        var unit = page.caseDetails().unit().id();
        UnitContact before = units.contact(unit);
        try {
            units.changeContact(unit, new UnitContact(before.postalAddress(), before.phone(), "Kim Kontaktsson"));
            byte[] changed = decisions.letterPdf(caseId, decision.id(), karin);

            assertThat(PartialRefusalIT.text(changed)).contains("Kontaktperson: Kim Kontaktsson").doesNotContain("Kontaktperson: Mottagningen");
        } finally {
            units.changeContact(unit, before);
        }
    }
}
