package se.ebba.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.ebba.calculation.Calculations;
import se.ebba.calculation.domain.CalculationInput;
import se.ebba.calculation.domain.CostType;
import se.ebba.calculation.domain.MemberRole;
import se.ebba.casefile.CaseFiles;
import se.ebba.casefile.domain.CaseId;
import se.ebba.decision.Decisions;
import se.ebba.application.Applications;
import se.ebba.application.domain.Application;
import se.ebba.application.domain.ApplicationKind;
import se.ebba.decision.domain.Decision;
import se.ebba.decision.domain.DecisionDraft;
import se.ebba.decision.domain.DecisionGround;
import se.ebba.application.domain.ItemKind;
import se.ebba.decision.domain.Outcome;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.Users;
import se.ebba.shared.NotFoundException;
import se.ebba.support.Api;
import se.ebba.support.EbbaIntegrationTest;
import se.ebba.support.Households;
import se.ebba.support.PageSession;
import se.ebba.support.TestUsers;

/** Exactly one row per view or change, naming what was shown, written only when it succeeded; refusals logged as refused. */
@EbbaIntegrationTest
class AccessLogExactnessIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Decisions decisions;
    @Autowired
    Applications applications;
    @Autowired
    Calculations calculations;
    @Autowired
    CaseFiles caseFiles;
    @Autowired
    Users users;
    @Autowired
    Clock clock;

    record Row(String username, String action, String subjectType, UUID subjectId, UUID caseId, List<UUID> caseIds, String clientAddress,
               String sessionHash, String detail) {
    }

    /** The rows written after {@code since} (an id from {@link #last()}). */
    List<Row> rowsSince(long since) {
        return jdbc.sql("select * from access_log where id > :since order by id").param("since", since)
                .query((rs, n) -> new Row(rs.getString("username"), rs.getString("action"), rs.getString("subject_type"),
                        rs.getObject("subject_id", UUID.class), rs.getObject("case_id", UUID.class),
                        rs.getArray("case_ids") == null ? List.of() : Arrays.asList((UUID[]) rs.getArray("case_ids").getArray()),
                        rs.getString("client_address"), rs.getString("session_hash"), rs.getString("detail")))
                .list();
    }

    List<Row> rowsOf(String username, long since) {
        return rowsSince(since).stream().filter(r -> r.username().equals(username)).toList();
    }

    long last() {
        return jdbc.sql("select coalesce(max(id), 0) from access_log").query(Long.class).single();
    }

    CurrentUser user(String name) {
        return TestUsers.loggedIn(users, name);
    }

    /** A single adult at Östermalm, born on the 3rd: Karin Ek (handlaggare.ost) is responsible. */
    CaseId newCase() {
        return new CaseId(UUID.fromString(Api.as("mottagning.ost", port)
                .post("/api/v1/cases", Households.singleAdult("OSTERMALM", "19800303", "Exakt", "Loggsson")).json().get("caseId").asString()));
    }

    Application application(CaseId caseId, YearMonth month, CurrentUser by) {
        Application application = applications.register(caseId, new Applications.NewApplication(ApplicationKind.FIRST, month, LocalDate.now(clock),
                List.of(new Applications.NewItem(ItemKind.LIVELIHOOD_SUPPORT, null, null))), by);
        calculations.save(caseId, by.units().iterator().next(), new CalculationInput(month,
                List.of(new CalculationInput.Member(MemberRole.APPLICANT, LocalDate.of(1980, 3, 3), false, false)), null,
                List.of(new CalculationInput.Cost(CostType.HOUSING, 5_000)), List.of(), null, null), by.id());
        return application;
    }

    Decision decided(CaseId caseId, CurrentUser by) {
        Application application = application(caseId, YearMonth.now(clock).plusMonths(1), by);
        return decisions.decide(caseId, application.id(), new DecisionDraft(List.of(new DecisionDraft.ItemDecision(
                application.items().getFirst().id(), Outcome.GRANTED, null)), DecisionGround.NEED_ASSESSMENT, "", null), by);
    }

    static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theDecisionPageIsOneViewOfThatDecisionWithClientAddressAndAHashOfTheSession() throws Exception {
        CurrentUser karin = user("handlaggare.ost");
        CaseId caseId = newCase();
        Decision decision = decided(caseId, karin);
        PageSession page = PageSession.loggedIn("handlaggare.ost", port);
        long before = last();

        assertThat(page.get("/arenden/" + caseId.value() + "/beslut/" + decision.id()).statusCode()).isEqualTo(200);

        List<Row> rows = rowsSince(before);
        assertThat(rows).hasSize(1);
        Row row = rows.getFirst();
        assertThat(row.action()).isEqualTo("VIEW_DECISION");
        assertThat(row.subjectType()).isEqualTo("DECISION");
        assertThat(row.subjectId()).isEqualTo(decision.id());
        assertThat(row.caseId()).isEqualTo(caseId.value());
        assertThat(row.clientAddress()).isNotBlank();
        assertThat(row.sessionHash()).isEqualTo(sha256(page.sessionId())).doesNotContain(page.sessionId());
        assertThat(jdbc.sql("select count(*) from access_log where session_hash = :raw or detail like :like")
                .param("raw", page.sessionId()).param("like", "%" + page.sessionId() + "%").query(Long.class).single())
                .as("the raw session id is stored nowhere").isZero();
    }

    @Test
    void theApplicationPageIsLoggedAsAViewOfTheApplicationNotOfTheCase() {
        CurrentUser karin = user("handlaggare.ost");
        CaseId caseId = newCase();
        Application application = application(caseId, YearMonth.now(clock).plusMonths(1), karin);
        PageSession page = PageSession.loggedIn("handlaggare.ost", port);
        long before = last();

        assertThat(page.get("/arenden/" + caseId.value() + "/ansokningar/" + application.id()).statusCode()).isEqualTo(200);

        assertThat(rowsSince(before)).singleElement().satisfies(r -> {
            assertThat(r.action()).isEqualTo("VIEW_APPLICATION");
            assertThat(r.subjectType()).isEqualTo("APPLICATION");
            assertThat(r.subjectId()).isEqualTo(application.id().value());
        });
    }

    @Test
    void aLetterThatAnswers404IsNotLoggedAsADownloadAndARealOneIsLoggedOnce() {
        CurrentUser karin = user("handlaggare.ost");
        CaseId caseId = newCase();
        Decision decision = decided(caseId, karin);
        PageSession page = PageSession.loggedIn("handlaggare.ost", port);
        long before = last();

        assertThat(page.get("/arenden/" + caseId.value() + "/beslut/" + UUID.randomUUID() + "/brev.pdf").statusCode()).isEqualTo(404);
        assertThat(rowsSince(before)).isEmpty();

        assertThat(page.get("/arenden/" + caseId.value() + "/beslut/" + decision.id() + "/brev.pdf").statusCode()).isEqualTo(200);
        assertThat(rowsSince(before)).singleElement().satisfies(r -> {
            assertThat(r.action()).isEqualTo("DOWNLOAD_DECISION_LETTER");
            assertThat(r.subjectType()).isEqualTo("LETTER");
            assertThat(r.subjectId()).isEqualTo(decision.id());
        });
    }

    @Test
    void theCasePageAndTheJournalAreOneRowEach() {
        CaseId caseId = newCase();
        PageSession page = PageSession.loggedIn("handlaggare.ost", port);
        long before = last();

        page.get("/arenden/" + caseId.value());
        assertThat(rowsSince(before)).extracting(Row::action, Row::subjectType).containsExactly(
                org.assertj.core.groups.Tuple.tuple("VIEW_CASE", "CASE"));
        long afterCase = last();
        page.get("/arenden/" + caseId.value() + "/journal");
        assertThat(rowsSince(afterCase)).extracting(Row::action, Row::subjectType).containsExactly(
                org.assertj.core.groups.Tuple.tuple("VIEW_JOURNAL", "JOURNAL"));
    }

    @Test
    void aDecisionMadeIsOneRowAndAFailedDecisionNone() {
        CurrentUser karin = user("handlaggare.ost");
        CaseId caseId = newCase();
        Application application = application(caseId, YearMonth.now(clock).plusMonths(1), karin);
        long before = last();

        assertThatThrownBy(() -> decisions.decide(caseId, application.id(), new DecisionDraft(List.of(), DecisionGround.NEED_ASSESSMENT, "",
                null), karin)).isInstanceOf(se.ebba.shared.InvalidInputException.class);
        assertThat(rowsSince(before)).as("nothing decided, nothing logged").isEmpty();

        decisions.decide(caseId, application.id(), new DecisionDraft(List.of(new DecisionDraft.ItemDecision(
                application.items().getFirst().id(), Outcome.GRANTED, null)), DecisionGround.NEED_ASSESSMENT, "", null), karin);
        assertThat(rowsSince(before)).singleElement().satisfies(r -> {
            assertThat(r.action()).isEqualTo("MAKE_DECISION");
            assertThat(r.subjectId()).isEqualTo(application.id().value());
        });
    }

    @Test
    void decidingOnTheApplicationPageIsOneRowForTheDecisionAndNoViewBesideIt() {
        CurrentUser karin = user("handlaggare.ost");
        CaseId caseId = newCase();
        Application application = application(caseId, YearMonth.now(clock).plusMonths(1), karin);
        PageSession page = PageSession.loggedIn("handlaggare.ost", port);
        long before = last();

        var response = page.post("/arenden/" + caseId.value() + "/ansokningar/" + application.id() + "/beslut",
                java.util.Map.of("items[0].outcome", "GRANTED", "ground", "NEED_ASSESSMENT", "reasons", "", "action", "decide"));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(rowsSince(before)).extracting(Row::action).containsExactly("MAKE_DECISION");
    }

    @Test
    void myCasesIsLoggedAsAListViewWithTheCasesItShowed() {
        CaseId caseId = newCase();
        PageSession page = PageSession.loggedIn("handlaggare.ost", port);
        long before = last();

        assertThat(page.get("/mina-arenden").statusCode()).isEqualTo(200);

        assertThat(rowsSince(before)).singleElement().satisfies(r -> {
            assertThat(r.action()).isEqualTo("LIST_MY_CASES");
            assertThat(r.subjectType()).isEqualTo("LIST");
            assertThat(r.caseIds()).contains(caseId.value());
            assertThat(r.sessionHash()).hasSize(64);
        });
    }

    @Test
    void theCaseloadIsLoggedWithTheUnassignedCasesItNamesAndProposalsToDecideToo() {
        PageSession page = PageSession.loggedIn("teamledare.ost", port);
        long before = last();

        assertThat(page.get("/arendefordelning").statusCode()).isEqualTo(200);
        List<UUID> unassigned = jdbc.sql("""
                select c.id from assistance_case c join unit u on u.id = c.unit_id
                where u.code = 'OSTERMALM' and c.responsible_caseworker_id is null and c.state <> 'CLOSED'""").query(UUID.class).list();
        assertThat(rowsSince(before)).singleElement().satisfies(r -> {
            assertThat(r.action()).isEqualTo("LIST_CASELOAD");
            assertThat(r.caseIds()).containsExactlyInAnyOrderElementsOf(unassigned);
        });

        long afterCaseload = last();
        assertThat(page.get("/beslut-att-fatta").statusCode()).isEqualTo(200);
        assertThat(rowsSince(afterCaseload)).singleElement().satisfies(r -> assertThat(r.action()).isEqualTo("LIST_PROPOSALS"));
    }

    @Test
    void aSearchIsOneRowNamingTheCasesFound() {
        CaseId caseId = newCase();
        String number = jdbc.sql("select case_number from assistance_case where id = :id").param("id", caseId.value()).query(String.class)
                .single();
        long before = last();

        caseFiles.search(number, user("handlaggare2.ost"));

        assertThat(rowsSince(before)).singleElement().satisfies(r -> {
            assertThat(r.action()).isEqualTo("SEARCH");
            assertThat(r.caseIds()).containsExactly(caseId.value());
        });
    }

    @Test
    void theAuditorCanNoLongerOpenACaseAndEachAttemptIsLoggedAsRefused() {
        CaseId caseId = newCase();
        long before = last();

        assertThatThrownBy(() -> caseFiles.open(caseId, user("revisor.ost"))).isInstanceOf(NotFoundException.class);
        assertThat(Api.as("revisor.ost", port).get("/api/v1/cases/" + caseId.value()).status()).isEqualTo(403);
        assertThat(PageSession.loggedIn("revisor.ost", port).get("/arenden/" + caseId.value()).statusCode()).isEqualTo(403);

        List<Row> rows = rowsOf("revisor.ost", before);
        assertThat(rows).hasSize(3).allSatisfy(r -> assertThat(r.action()).isEqualTo("DENIED"));
        assertThat(rows.getFirst().caseId()).isEqualTo(caseId.value());
        assertThat(rows.get(1).detail()).isEqualTo("GET /api/v1/cases/" + caseId.value());
        assertThat(rows.get(2).subjectType()).isEqualTo("PAGE");
        assertThat(rows.get(2).sessionHash()).hasSize(64);
    }

    @Test
    void pagesARoleMayNotOpenAreRefusedAndLogged() {
        PageSession caseworker = PageSession.loggedIn("handlaggare2.ost", port);
        long before = last();

        assertThat(caseworker.get("/atkomstlogg").statusCode()).isEqualTo(403);
        assertThat(caseworker.get("/admin/anvandare").statusCode()).isEqualTo(403);

        assertThat(rowsOf("handlaggare2.ost", before)).extracting(Row::action, Row::detail).containsExactly(
                org.assertj.core.groups.Tuple.tuple("DENIED", "GET /atkomstlogg"),
                org.assertj.core.groups.Tuple.tuple("DENIED", "GET /admin/anvandare"));
    }

    @Test
    void theAuditorReviewsTheLogOfTheirOwnUnit() {
        PageSession auditor = PageSession.loggedIn("revisor.ost", port);
        var response = auditor.get("/atkomstlogg");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Klient och session");
    }
}
