package se.ebba.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.ebba.casefile.CaseFiles;
import se.ebba.casefile.HouseholdRegistration;
import se.ebba.casefile.domain.CaseState;
import se.ebba.decision.domain.Outcome;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.Units;
import se.ebba.identity.Users;
import se.ebba.identity.domain.UnitId;
import se.ebba.intake.domain.AssessmentOutcome;
import se.ebba.intake.domain.ChildrenUnitContact;
import se.ebba.intake.domain.ContactChannel;
import se.ebba.intake.domain.ContactId;
import se.ebba.intake.domain.EmergencyNeed;
import se.ebba.intake.domain.PreliminaryAssessment;
import se.ebba.shared.ForbiddenException;
import se.ebba.shared.InvalidInputException;
import se.ebba.support.Api;
import se.ebba.support.EbbaIntegrationTest;
import se.ebba.support.Households;
import se.ebba.support.TestUsers;

/** Intake against the real database: contacts, the norm estimate, the duplicate and residence checks, emergency assistance. */
@EbbaIntegrationTest
class IntakeIT {

    @LocalServerPort
    int port;
    @Autowired
    Contacts contacts;
    @Autowired
    ResidenceChecks residence;
    @Autowired
    EmergencyAssistance emergency;
    @Autowired
    CaseFiles caseFiles;
    @Autowired
    se.ebba.decision.Decisions decisions;
    @Autowired
    Users users;
    @Autowired
    Units units;
    @Autowired
    JdbcClient jdbc;

    /** The demo mother of two with an open case at Östermalm. */
    static final String LINDA_ANDERSSON = "19880503982" + se.ebba.identity.domain.PersonalNumber.checkDigitFor("880503982");

    CurrentUser intake() {
        return TestUsers.loggedIn(users, "mottagning.ost");
    }

    UnitId ostermalm() {
        return units.byCode("OSTERMALM").orElseThrow().id();
    }

    ContactId call(String pnr, String firstName, String lastName) {
        return contacts.take(new Contacts.NewContact(ostermalm(), ContactChannel.PHONE, pnr, firstName, lastName, false, null, null, null),
                intake());
    }

    static PreliminaryAssessment.Input assessment(long housing, long income, AssessmentOutcome outcome, boolean insists) {
        return new PreliminaryAssessment.Input("Har förlorat sitt arbete och har inga pengar kvar.", 1, List.of(), housing, income, outcome,
                insists);
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void theContactPageShowsThePersonsCurrentCaseInTheUnitAndIsLoggedOnceNamingIt() {
        ContactId id = call(LINDA_ANDERSSON, "Tindra", "Andersson");
        long rowsBefore = count("access_log");

        Contacts.ContactPage page = contacts.open(id, intake());

        assertThat(page.cases()).isNotEmpty();
        assertThat(page.hasOpenCase()).isTrue();
        assertThat(count("access_log")).isEqualTo(rowsBefore + 1);
        List<UUID> logged = jdbc.sql("select unnest(case_ids) from access_log where action = 'VIEW_CONTACT' and subject_id = :id")
                .param("id", id.value()).query(UUID.class).list();
        assertThat(logged).containsExactlyInAnyOrderElementsOf(page.cases().stream().map(c -> c.id().value()).toList());
    }

    @Test
    void theEstimateIsTheNormAndHousingCostMinusIncomeInWholeKronor() {
        ContactId id = call(Households.personalNumber("19850101"), "Eva", "Uppskattning");
        long saved = count("saved_calculation");

        long withoutIncome = contacts.assess(id, assessment(5000, 0, AssessmentOutcome.APPLICATION_FORM_SENT, false), intake()).estimatedNeed();
        long withIncome = contacts.assess(id, assessment(5000, 1500, AssessmentOutcome.APPLICATION_FORM_SENT, false), intake()).estimatedNeed();
        PreliminaryAssessment rich = contacts.assess(id, assessment(5000, 90_000, AssessmentOutcome.INFORMATION_ONLY, false), intake());

        assertThat(withoutIncome).isGreaterThan(5000);
        assertThat(withoutIncome - withIncome).isEqualTo(1500);
        assertThat(rich.incomeSeemsToCoverNeed()).isTrue();
        assertThat(count("saved_calculation")).as("the estimate is not a saved calculation").isEqualTo(saved);
    }

    @Test
    void aPersonWhoInsistsGetsAFormalApplicationAndACaseEvenWhenTheEstimateSaysNo() {
        ContactId id = call(Households.personalNumber("19850202"), "Stina", "Envis");

        PreliminaryAssessment done = contacts.assess(id, assessment(5000, 90_000, AssessmentOutcome.INFORMATION_ONLY, true), intake());

        assertThat(done.outcome()).isEqualTo(AssessmentOutcome.APPLICATION_REGISTERED);
        Contacts.ContactPage page = contacts.open(id, intake());
        assertThat(page.contact().caseId()).isPresent();
        assertThat(page.contact().applicationId()).isPresent();
        assertThat(jdbc.sql("select kind from application where id = :id").param("id", page.contact().applicationId().get())
                .query(String.class).single()).isEqualTo("FIRST");
        assertThat(page.cases()).singleElement().satisfies(c -> assertThat(c.state()).isEqualTo(CaseState.OPEN_INTAKE));
    }

    @Test
    void registeringSomeoneWithAnOpenCaseAtThisUnitIsStoppedNamingTheCaseAndNothingIsSaved() {
        ContactId id = call(LINDA_ANDERSSON, "Tindra", "Andersson");
        String number = contacts.open(id, intake()).cases().stream().filter(c -> c.state() != CaseState.CLOSED).findFirst().orElseThrow()
                .number().value();
        long cases = count("assistance_case");

        assertThatThrownBy(() -> contacts.registerApplication(id, intake()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().getFirst().message()).contains(number));
        assertThat(count("assistance_case")).isEqualTo(cases);
    }

    @Test
    void registeringSomeoneWithAnOpenCaseAtAnotherUnitIsStoppedWithoutDisclosingAnythingOfIt() {
        String pnr = Households.personalNumber("19860303");
        Api.Response bromma = Api.as("mottagning.bro", port).post("/api/v1/cases", """
                {"unitCode": "BROMMA", "applicant": {"personalNumber": "%s", "firstName": "Bo", "lastName": "Brommasson"}}
                """.formatted(pnr));
        assertThat(bromma.status()).isEqualTo(201);
        String brommaNumber = bromma.json().get("caseNumber").asString();
        ContactId id = call(pnr, "Bo", "Östermalmsson");
        long cases = count("assistance_case");

        assertThatThrownBy(() -> contacts.registerApplication(id, intake()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().getFirst().message())
                        .contains("annan enhet").doesNotContain("Bromma").doesNotContain(brommaNumber).doesNotContain("Brommasson"));
        // The existing registration path applies the same check.
        assertThatThrownBy(() -> caseFiles.registerHousehold(new HouseholdRegistration(ostermalm(),
                HouseholdRegistration.PersonInput.of(pnr, "Bo", "Östermalmsson"), null, List.of(), List.of(), null), intake()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(f -> assertThat(f.field()).isEqualTo("applicant.personalNumber")));
        assertThat(count("assistance_case")).isEqualTo(cases);
        // Bromma's log says that another unit learnt that its case exists.
        assertThat(jdbc.sql("""
                select count(*) from access_log l join unit u on u.id = l.unit_id
                where l.action = 'CHECK_OPEN_CASES' and u.code = 'BROMMA' and l.case_number = :n""")
                .param("n", brommaNumber).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aPersonLivingInAnotherUnitsDistrictIsReferredWithWhereAndWhy() {
        ContactId id = call(Households.personalNumber("19870404"), "Rut", "Brommabo");

        assertThatThrownBy(() -> residence.record(id, new ResidenceChecks.NewResidenceCheck("Brommavägen 1", "168 30", "Bromma", "Bromma",
                true, 2, "", ""), intake()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field).containsExactly("referredTo", "reason"));
        var check = residence.record(id, new ResidenceChecks.NewResidenceCheck("Brommavägen 1", "168 30", "Bromma", "Bromma", true, 2,
                "Bromma", "Bor och är folkbokförd i Bromma."), intake());

        assertThat(check.belongs()).isFalse();
        assertThat(jdbc.sql("select referred_to || ': ' || reason from residence_check where id = :id").param("id", check.id())
                .query(String.class).single()).isEqualTo("Bromma: Bor och är folkbokförd i Bromma.");
        assertThat(residence.policyOf(ostermalm()).suggestedReferral("Bromma")).contains("Bromma");
    }

    static EmergencyAssistance.EmergencyDecision food(long amount, boolean children, Outcome outcome) {
        return new EmergencyAssistance.EmergencyDecision(EmergencyNeed.FOOD_MONEY, "Har inga pengar till mat i helgen.", amount, children,
                null, null, null, outcome, null, "Sökanden saknar pengar till mat och har inga andra medel i dag.");
    }

    @Test
    void anIntakeOfficerWithTheDelegationGrantsFoodMoneyAsARealDecisionWithALetter() {
        ContactId id = call(Households.personalNumber("19880505"), "Nora", "Nöd");

        EmergencyAssistance.Decided decided = emergency.decide(id, food(1200, false, Outcome.GRANTED), intake());

        assertThat(jdbc.sql("""
                select ai.kind || ' ' || di.outcome || ' ' || di.granted_amount from decision d
                join decision_item di on di.decision_id = d.id join applied_item ai on ai.id = di.applied_item_id where d.id = :d""")
                .param("d", decided.decisionId()).query(String.class).single()).isEqualTo("EMERGENCY_ASSISTANCE GRANTED 1200");
        byte[] letter = decisions.letterPdf(decided.caseId(), decided.decisionId(), intake());
        assertThat(new String(letter, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(decisions.decision(decided.caseId(), decided.decisionId(), intake()).decision().decidedByName()).isEqualTo("Maja Lindqvist");
        assertThat(contacts.open(id, intake()).emergencies()).singleElement()
                .satisfies(e -> assertThat(e.decisionId()).isEqualTo(decided.decisionId()));
    }

    @Test
    void anEmergencyAboveTheUsersDelegationIsRefusedNamingWhoHasItAndNothingIsSaved() {
        ContactId id = call(Households.personalNumber("19880606"), "Olle", "Överdelegation");
        CurrentUser lead = TestUsers.loggedIn(users, "teamledare.ost");
        long decisions = count("decision");
        long cases = count("assistance_case");

        assertThatThrownBy(() -> emergency.decide(id, food(1200, false, Outcome.GRANTED), lead))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(f -> assertThat(f.message()).contains("Socialsekreterare i mottagningen")));
        assertThat(count("decision")).isEqualTo(decisions);
        assertThat(count("assistance_case")).isEqualTo(cases);
    }

    @Test
    void aFamilyWithChildrenGetsNoEmergencyDecisionBeforeTheChecklistIsComplete() {
        ContactId id = call(Households.personalNumber("19880707"), "Maria", "Barnfamilj");
        long decisions = count("decision");

        assertThatThrownBy(() -> emergency.decide(id, food(1500, true, Outcome.GRANTED), intake()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field).containsExactly("childrenNeeds", "childrenUnitContact"));
        assertThat(count("decision")).isEqualTo(decisions);

        EmergencyAssistance.EmergencyDecision complete = new EmergencyAssistance.EmergencyDecision(EmergencyNeed.FOOD_MONEY,
                "Har inga pengar till mat i helgen.", 1500L, true, "Barnen äter skollunch; hemma finns mat till i kväll.",
                ChildrenUnitContact.CONTACTED, null, Outcome.GRANTED, null, "");
        assertThat(emergency.decide(id, complete, intake()).outcome()).isEqualTo(Outcome.GRANTED);
    }

    @Test
    void anEmergencyItemRegisteredOnTheApplicationPageNeedsItsAmount() {
        var checked = se.ebba.application.Applications.check(new se.ebba.application.Applications.NewApplication(
                se.ebba.application.domain.ApplicationKind.ONE_OFF, java.time.YearMonth.of(2026, 11), java.time.LocalDate.of(2026, 11, 2),
                List.of(new se.ebba.application.Applications.NewItem(se.ebba.application.domain.ItemKind.EMERGENCY_ASSISTANCE, "Matpengar", null))),
                java.time.LocalDate.of(2026, 11, 2));

        assertThat(checked.errors()).extracting(InvalidInputException.FieldError::field).containsExactly("items[0].amount");
    }

    @Test
    void aCaseworkerDoesNotWorkAtIntakeAndTheRefusalIsLogged() {
        long denied = jdbc.sql("select count(*) from access_log where action = 'DENIED'").query(Long.class).single();

        assertThatThrownBy(() -> contacts.today(ostermalm(), TestUsers.loggedIn(users, "handlaggare.ost")))
                .isInstanceOf(ForbiddenException.class);
        assertThat(jdbc.sql("select count(*) from access_log where action = 'DENIED'").query(Long.class).single()).isEqualTo(denied + 1);
    }

    @Test
    void todaysContactsOfTheUnitAreListed() {
        ContactId id = call(Households.personalNumber("19890808"), "Dag", "Dagens");

        assertThat(contacts.today(ostermalm(), intake())).extracting(ContactSummary::id).contains(id);
        assertThat(contacts.today(units.byCode("BROMMA").orElseThrow().id(), TestUsers.loggedIn(users, "mottagning.bro")))
                .extracting(ContactSummary::id).doesNotContain(id);
    }
}
