package se.ebba.monthly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import se.ebba.application.domain.ApplicationState;
import se.ebba.calculation.domain.CalculationInput;
import se.ebba.calculation.domain.CostType;
import se.ebba.calculation.domain.IncomeType;
import se.ebba.calculation.domain.MemberRole;
import se.ebba.casefile.CaseFiles;
import se.ebba.casefile.CaseRef;
import se.ebba.casefile.HouseholdRegistration;
import se.ebba.casefile.HouseholdRegistration.PersonInput;
import se.ebba.casefile.domain.CaseId;
import se.ebba.casefile.domain.CaseState;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.Users;
import se.ebba.intake.ApplicationChecklists;
import se.ebba.monthly.MonthlyApplications.Current;
import se.ebba.monthly.MonthlyApplications.MonthlyDraft;
import se.ebba.monthly.domain.Deposit;
import se.ebba.monthly.domain.MonthStatus;
import se.ebba.monthly.domain.MonthlyFacts;
import se.ebba.monthly.domain.Statement;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.NotFoundException;
import se.ebba.support.Api;
import se.ebba.support.EbbaIntegrationTest;
import se.ebba.support.Households;
import se.ebba.support.TestUsers;

/** Monthly applications against the real database, through the module API. */
@EbbaIntegrationTest
@RecordApplicationEvents
class MonthlyApplicationIT {

    @Autowired
    MonthlyApplications monthly;
    @Autowired
    MonthOverviews overviews;
    @Autowired
    ApplicationWindows windows;
    @Autowired
    se.ebba.payment.PaymentWindowSettings paymentWindows;
    @Autowired
    ApplicationChecklists intakeChecklists;
    @Autowired
    CaseFiles caseFiles;
    @Autowired
    Users users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    ApplicationEvents events;
    @LocalServerPort
    int port;

    CurrentUser user(String name) {
        return TestUsers.loggedIn(users, name);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    YearMonth nextMonth() {
        return YearMonth.from(today()).plusMonths(1);
    }

    LocalDate endOfLastMonth() {
        return today().withDayOfMonth(1).minusDays(1);
    }

    CaseRef ongoingCase(String lastName) {
        CaseRef ref = caseFiles.registerHousehold(new HouseholdRegistration(user("mottagning.ost").units().iterator().next(),
                PersonInput.of(Households.personalNumber("19900105"), "Test", lastName), null, List.of(), List.of(), null),
                user("mottagning.ost"));
        caseFiles.changeState(ref.id(), 0, CaseState.OPEN_ONGOING, "Remitterad", user("handlaggare.ost"));
        return ref;
    }

    static CalculationInput input(YearMonth month, long rent, long salary) {
        return new CalculationInput(month, List.of(new CalculationInput.Member(MemberRole.APPLICANT, LocalDate.of(1990, 1, 5), false, false)),
                null, List.of(new CalculationInput.Cost(CostType.HOUSING, rent)),
                salary == 0 ? List.of() : List.of(new CalculationInput.Income(0, IncomeType.SALARY, salary, false, 0)), List.of(), List.of());
    }

    MonthlyFacts facts(long rent, LocalDate statementFrom, Set<String> documents) {
        return new MonthlyFacts(input(nextMonth(), rent, 4_000),
                List.of(new Statement("Demobanken 1234-5", statementFrom, endOfLastMonth(),
                        List.of(new Deposit(endOfLastMonth(), 4_000, OptionalInt.of(0)), new Deposit(endOfLastMonth(), 1_500, OptionalInt.empty())))),
                documents, "");
    }

    long logRows(CaseId id, String action) {
        return jdbc.sql("select count(*) from access_log where case_id = :id and action = :action").param("id", id.value())
                .param("action", action).query(Long.class).single();
    }

    static final Set<String> ALL_DOCUMENTS = Set.of("SIGNED_APPLICATION", "INCOME_DOCUMENTS", "SWISH_HISTORY", "COST_DOCUMENTS");

    @Test
    void anApplicationWithAHoleAfterTheIntakeStatementIsIncompleteAndItsCorrectionCompletesItAndIsPublishedOnce() {
        CaseRef c = ongoingCase("Manadsson");
        CurrentUser officer = user("ekonomi.ost");
        LocalDate intakeEnd = endOfLastMonth().minusDays(20);
        intakeChecklists.recordStatement(c.id(), "Demobanken 1234-5", intakeEnd.minusMonths(2), intakeEnd, user("mottagning.ost"));

        Current registered = monthly.register(c.id(), new MonthlyDraft(nextMonth(), today(), facts(7_000, endOfLastMonth().minusDays(5),
                Set.of("SIGNED_APPLICATION", "INCOME_DOCUMENTS"))), officer);

        assertThat(registered.application().state()).isEqualTo(ApplicationState.INCOMPLETE);
        assertThat(registered.completeness().missing()).extracting(m -> m.text()).containsExactly(
                "Kontoutdrag saknas för Demobanken 1234-5 för " + intakeEnd.plusDays(1) + "–" + endOfLastMonth().minusDays(6) + ".",
                "Swishhistorik en månad bakåt");
        assertThat(events.stream(MonthlyApplicationCompleted.class)).isEmpty();

        var request = monthly.requestDocuments(c.id(), registered.application().id(), today().plusDays(7), "", officer);
        assertThat(request.items()).contains("Swishhistorik för den senaste månaden");
        assertThat(overviews.overview(c.unit(), nextMonth(), false, officer).rows()).filteredOn(r -> r.caseSummary().id().equals(c.id()))
                .singleElement().satisfies(r -> {
                    assertThat(r.status()).isEqualTo(MonthStatus.INCOMPLETE);
                    assertThat(r.request()).isPresent();
                    assertThat(r.missing()).hasSize(2);
                });

        Current corrected = monthly.correct(c.id(), registered.application().id(), 1,
                facts(7_000, intakeEnd.plusDays(1), Set.of("SIGNED_APPLICATION", "INCOME_DOCUMENTS", "SWISH_HISTORY")), officer);

        assertThat(corrected.application().state()).isEqualTo(ApplicationState.COMPLETE);
        assertThat(corrected.version().versionNo()).isEqualTo(2);
        assertThat(events.stream(MonthlyApplicationCompleted.class)).singleElement().satisfies(e -> {
            assertThat(e.caseId()).isEqualTo(c.id());
            assertThat(e.month()).isEqualTo(nextMonth());
            assertThat(e.unaccountedDeposits()).containsExactly(new MonthlyApplicationCompleted.Deposit("Demobanken 1234-5", endOfLastMonth(), 1_500));
            assertThat(e.input().costs()).containsExactly(new CalculationInput.Cost(CostType.HOUSING, 7_000));
        });
        assertThat(logRows(c.id(), "CORRECT_MONTHLY_APPLICATION")).isEqualTo(1);
    }

    @Test
    void aCorrectionThatAddsAndDropsOtherNeedsChangesWhatTheApplicationAppliesForAndKeepsTheWithdrawnItems() {
        CaseRef c = ongoingCase("Rattasson");
        CurrentUser officer = user("ekonomi.ost");
        MonthlyFacts glasses = withNeeds(facts(7_000, endOfLastMonth().minusDays(40), Set.of("SIGNED_APPLICATION")),
                new CalculationInput.OtherNeed("Glasögon", 1_500));
        Current registered = monthly.register(c.id(), new MonthlyDraft(nextMonth(), today(), glasses), officer);
        assertThat(registered.application().items()).extracting(i -> i.description()).containsExactly(
                "Försörjningsstöd för " + se.ebba.application.domain.SwedishDates.month(nextMonth()), "Glasögon");

        Current corrected = monthly.correct(c.id(), registered.application().id(), 1,
                withNeeds(glasses, new CalculationInput.OtherNeed("Tandvård", 900)), officer);

        assertThat(corrected.application().items()).extracting(i -> i.description(), i -> i.amount()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Försörjningsstöd för " + se.ebba.application.domain.SwedishDates.month(nextMonth()), null),
                org.assertj.core.groups.Tuple.tuple("Tandvård", 900L));
        assertThat(corrected.application().items().getFirst().id()).isEqualTo(registered.application().items().getFirst().id());
        assertThat(jdbc.sql("""
                select count(*) from applied_item i join applied_item_withdrawal w on w.applied_item_id = i.id
                where i.application_id = :app and i.description = 'Glasögon' and w.reason = 'Ansökan rättad'""")
                .param("app", registered.application().id().value()).query(Long.class).single()).isEqualTo(1);
    }

    static MonthlyFacts withNeeds(MonthlyFacts facts, CalculationInput.OtherNeed... needs) {
        CalculationInput in = facts.input();
        return new MonthlyFacts(new CalculationInput(in.month(), in.members(), in.sharedHouseholdSize(), in.costs(), in.incomes(),
                in.normAdjustments(), List.of(needs)), facts.statements(), facts.documents(), facts.note());
    }

    @Test
    void theNextMonthStartsFromLastMonthsApplicationAndAChangedRentNeedsItsDocument() {
        CaseRef c = ongoingCase("Foljdsson");
        CurrentUser officer = user("ekonomi.ost");
        YearMonth earlier = YearMonth.from(today());
        LocalDate earlierReceived = today().minusMonths(1);
        LocalDate lastMonthEnd = earlierReceived.withDayOfMonth(1).minusDays(1);
        monthly.register(c.id(), new MonthlyDraft(earlier, earlierReceived, new MonthlyFacts(input(earlier, 7_000, 0),
                List.of(new Statement("Demobanken 99", lastMonthEnd.minusMonths(1).plusDays(1), lastMonthEnd, List.of())),
                Set.of("SIGNED_APPLICATION", "SWISH_HISTORY"), "")), officer);

        var page = monthly.page(c.id(), nextMonth(), officer);

        assertThat(page.current()).isEmpty();
        assertThat(page.start().origin()).isEqualTo(StartOrigin.PREVIOUS_APPLICATION);
        assertThat(page.start().facts().input().costs()).containsExactly(new CalculationInput.Cost(CostType.HOUSING, 7_000));
        assertThat(page.start().facts().statements()).singleElement().satisfies(s -> {
            assertThat(s.account()).isEqualTo("Demobanken 99");
            assertThat(s.from()).isEqualTo(lastMonthEnd.plusDays(1));
        });

        Current next = monthly.register(c.id(), new MonthlyDraft(nextMonth(), today(), new MonthlyFacts(input(nextMonth(), 7_400, 0),
                List.of(new Statement("Demobanken 99", lastMonthEnd.plusDays(1), endOfLastMonth(), List.of())),
                Set.of("SIGNED_APPLICATION", "SWISH_HISTORY"), "")), officer);

        assertThat(next.changes()).isPresent();
        assertThat(next.changes().get().changes()).extracting(ch -> ch.text().replace('\u00a0', ' ')).containsExactly("Boendekostnad: 7 000 kr → 7 400 kr");
        assertThat(next.completeness().missing()).extracting(m -> m.code()).containsExactly("COST_DOCUMENTS");
    }

    @Test
    void anotherUnitsUserSeesNoMonthAndCannotRegisterOne() {
        CaseRef c = ongoingCase("Hemlig");
        CurrentUser bromma = user("ekonomi.bro");

        assertThatThrownBy(() -> monthly.page(c.id(), nextMonth(), bromma)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> monthly.register(c.id(), new MonthlyDraft(nextMonth(), today(), facts(7_000, endOfLastMonth().minusDays(30),
                ALL_DOCUMENTS)), bromma)).isInstanceOf(NotFoundException.class);
        assertThat(jdbc.sql("select count(*) from monthly_application_version where case_id = :id").param("id", c.id().value())
                .query(Long.class).single()).isZero();
    }

    @Test
    void aSecondApplicationForTheSameMonthIsRefusedAndNothingIsSaved() {
        CaseRef c = ongoingCase("Dubbel");
        CurrentUser officer = user("ekonomi.ost");
        monthly.register(c.id(), new MonthlyDraft(nextMonth(), today(), facts(7_000, endOfLastMonth().minusDays(30), ALL_DOCUMENTS)), officer);

        assertThatThrownBy(() -> monthly.register(c.id(), new MonthlyDraft(nextMonth(), today(), facts(7_000, endOfLastMonth().minusDays(30),
                ALL_DOCUMENTS)), officer)).isInstanceOf(InvalidInputException.class).hasMessageContaining("redan en månadsansökan");
        assertThat(jdbc.sql("select count(*) from application where case_id = :id").param("id", c.id().value()).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void aStatementEndingInTheFutureIsRefusedWithTheFieldNamed() {
        CaseRef c = ongoingCase("Framtid");
        MonthlyFacts bad = new MonthlyFacts(input(nextMonth(), 7_000, 0),
                List.of(new Statement("Demobanken 1", today(), today().plusDays(3), List.of())), Set.of(), "");

        assertThatThrownBy(() -> monthly.register(c.id(), new MonthlyDraft(nextMonth(), today(), bad), user("ekonomi.ost")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(f -> f.field())
                        .contains("statements[0].to"));
    }

    @Test
    void theApiRegistersAMonthAndAnswersWithWhatIsMissingOrAProblemNamingTheField() {
        CaseRef c = ongoingCase("Apisson");
        String path = "/api/v1/cases/" + c.id().value() + "/monthly-applications";
        Api officer = Api.as("ekonomi.ost", port);

        Api.Response bad = officer.post(path, """
                {"month": "%s", "receivedOn": "%s", "members": [{"role": "APPLICANT", "birthDate": "1990-01-05"}],
                 "statements": [{"account": "Demobanken 7", "from": "%s", "to": "%s"}]}
                """.formatted(nextMonth(), today(), today(), today().plusDays(2)));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("statements[0].to");

        Api.Response created = officer.post(path, """
                {"month": "%s", "receivedOn": "%s", "members": [{"role": "APPLICANT", "birthDate": "1990-01-05"}],
                 "costs": [{"type": "HOUSING", "amount": 6500}],
                 "statements": [{"account": "Demobanken 7", "from": "%s", "to": "%s",
                                 "deposits": [{"bookedOn": "%s", "amount": 900}]}],
                 "documents": ["SIGNED_APPLICATION"]}
                """.formatted(nextMonth(), today(), endOfLastMonth().withDayOfMonth(1), endOfLastMonth(), endOfLastMonth()));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("state").asText()).isEqualTo("INCOMPLETE");
        assertThat(created.json().get("missing").toString()).contains("Swishhistorik");

        assertThat(Api.as("ekonomi.bro", port).post(path, "{\"month\": \"" + nextMonth() + "\", \"receivedOn\": \"" + today()
                + "\", \"members\": [{\"role\": \"APPLICANT\", \"birthDate\": \"1990-01-05\"}]}").status()).isEqualTo(404);
    }

    @Test
    void theUnitManagerMovesTheWindowFromADateAndOnlyLaterMonthsGetItWhileOthersMayNotChangeIt() {
        CurrentUser manager = user("chef.bro");
        var bromma = manager.units().iterator().next();
        LocalDate from = today().withDayOfMonth(1).plusMonths(1);
        se.ebba.monthly.domain.ApplicationWindow later = new se.ebba.monthly.domain.ApplicationWindow(from, 12, 20, 26, 28, 10,
                "Demo: socialnämndens beslut om ansökningsperiod");

        assertThatThrownBy(() -> windows.change(bromma, later, user("ekonomi.bro"))).isInstanceOf(se.ebba.shared.ForbiddenException.class);
        assertThatThrownBy(() -> windows.change(bromma, new se.ebba.monthly.domain.ApplicationWindow(from, 12, 20, 29, 31, 10, "Nämnden"),
                manager)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors().getFirst().field()).isEqualTo("paymentFromDay"));
        windows.change(bromma, later, manager);

        // the payment days are the payment module's window, which dates the payments: one truth
        assertThat(paymentWindows.daysOn(bromma, from)).satisfies(w -> {
            assertThat(w.firstDay()).isEqualTo(26);
            assertThat(w.lastDay()).isEqualTo(28);
        });
        assertThat(windows.forMonth(bromma, nextMonth().plusMonths(1)).paymentFromDay()).isEqualTo(26);

        assertThat(windows.forMonth(bromma, nextMonth()).closesDay()).isEqualTo(15);
        assertThat(windows.forMonth(bromma, nextMonth().plusMonths(1)).closesDay()).isEqualTo(20);
        assertThat(windows.forMonth(bromma, nextMonth().plusMonths(1)).late(nextMonth().plusMonths(1), from.withDayOfMonth(18))).isFalse();
        assertThat(windows.page(bromma, manager).history()).extracting(h -> h.window().source())
                .contains("Demo: socialnämndens beslut om ansökningsperiod");
    }
}
