package se.ebba.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.ebba.calculation.Calculations;
import se.ebba.calculation.domain.CalculationInput;
import se.ebba.calculation.domain.CostType;
import se.ebba.calculation.domain.MemberRole;
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
import se.ebba.support.Api;
import se.ebba.support.EbbaIntegrationTest;
import se.ebba.support.Households;
import se.ebba.support.PageSession;
import se.ebba.support.TestUsers;

/**
 * The role matrix of docs/security.md, page kind by page kind: each role gets the page (200) or a
 * refusal (403 for a page kind the role may not use, 404 for a case of another unit), and every
 * refusal is in the access log as DENIED, and every case page shown is exactly one row.
 */
@EbbaIntegrationTest
class RoleMatrixIT {

    /** The kinds of page, by what they show. */
    enum Kind {
        CASE(true), JOURNAL(true), APPLICATIONS(true), APPLICATION(true), CALCULATION(true), DECISION(true), LETTER(true), API_CASE(true),
        MY_CASES(false), SEARCH_FORM(false), CASELOAD(false), PROPOSALS(false), REGISTER_HOUSEHOLD(false), ACCESS_LOG(false),
        ADMIN_USERS(false);

        /** Whether the page shows one case's data (and so is one row in the log when shown). */
        final boolean ofACase;

        Kind(boolean ofACase) {
            this.ofACase = ofACase;
        }
    }

    static final Set<Kind> CASE_PAGES = Set.of(Kind.CASE, Kind.JOURNAL, Kind.APPLICATIONS, Kind.APPLICATION, Kind.CALCULATION,
            Kind.DECISION, Kind.LETTER, Kind.API_CASE);
    static final Set<Kind> LISTS = Set.of(Kind.MY_CASES, Kind.SEARCH_FORM, Kind.CASELOAD, Kind.PROPOSALS);

    /** What each demo user (one per role, plus a caseworker of another unit) gets on each kind of page. */
    static int expected(String user, Kind kind) {
        boolean readsCases = Set.of("mottagning.ost", "handlaggare.ost", "ekonomi.ost", "fut.ost", "teamledare.ost", "chef.ost",
                "handlaggare.bro").contains(user);
        if (CASE_PAGES.contains(kind)) {
            return !readsCases ? 403 : user.endsWith(".bro") ? 404 : 200;
        }
        if (LISTS.contains(kind)) {
            return readsCases ? 200 : 403;
        }
        return switch (kind) {
            case REGISTER_HOUSEHOLD -> Set.of("mottagning.ost", "handlaggare.ost", "teamledare.ost", "handlaggare.bro").contains(user) ? 200 : 403;
            case ACCESS_LOG -> Set.of("chef.ost", "revisor.ost").contains(user) ? 200 : 403;
            case ADMIN_USERS -> user.equals("admin") ? 200 : 403;
            default -> throw new IllegalArgumentException(kind.name());
        };
    }

    static Stream<Arguments> matrix() {
        List<Arguments> all = new ArrayList<>();
        for (String user : List.of("mottagning.ost", "handlaggare.ost", "ekonomi.ost", "kassa.ost", "fut.ost", "teamledare.ost", "chef.ost",
                "metod.ost", "revisor.ost", "sokande.ost", "admin", "handlaggare.bro")) {
            for (Kind kind : Kind.values()) {
                all.add(Arguments.of(user, kind, expected(user, kind)));
            }
        }
        return all.stream();
    }

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
    Users users;
    @Autowired
    Clock clock;

    record Fixture(CaseId decided, UUID decision, CaseId undecided, UUID application) {
    }

    static Fixture fixture;
    static final Map<String, PageSession> SESSIONS = new java.util.concurrent.ConcurrentHashMap<>();

    Fixture fixture() {
        if (fixture == null) {
            CurrentUser karin = TestUsers.loggedIn(users, "handlaggare.ost");
            CaseId decided = newCase();
            Application first = application(decided, karin);
            Decision decision = decisions.decide(decided, first.id(), new DecisionDraft(List.of(new DecisionDraft.ItemDecision(
                    first.items().getFirst().id(), Outcome.GRANTED, null)), DecisionGround.NEED_ASSESSMENT, "", null), karin);
            CaseId undecided = newCase();
            fixture = new Fixture(decided, decision.id(), undecided, application(undecided, karin).id().value());
        }
        return fixture;
    }

    CaseId newCase() {
        return new CaseId(UUID.fromString(Api.as("mottagning.ost", port)
                .post("/api/v1/cases", Households.singleAdult("OSTERMALM", "19810303", "Matris", "Rollsson")).json().get("caseId").asString()));
    }

    Application application(CaseId caseId, CurrentUser by) {
        YearMonth month = YearMonth.now(clock).plusMonths(1);
        Application application = applications.register(caseId, new Applications.NewApplication(ApplicationKind.FIRST, month, LocalDate.now(clock),
                List.of(new Applications.NewItem(ItemKind.LIVELIHOOD_SUPPORT, null, null))), by);
        calculations.save(caseId, by.units().iterator().next(), new CalculationInput(month,
                List.of(new CalculationInput.Member(MemberRole.APPLICANT, LocalDate.of(1981, 3, 3), false, false)), null,
                List.of(new CalculationInput.Cost(CostType.HOUSING, 5_000)), List.of(), null, null), by.id());
        return application;
    }

    String path(Kind kind, Fixture f) {
        String undecided = "/arenden/" + f.undecided().value();
        String decided = "/arenden/" + f.decided().value();
        return switch (kind) {
            case CASE -> undecided;
            case JOURNAL -> undecided + "/journal";
            case APPLICATIONS -> undecided + "/ansokningar";
            case APPLICATION -> undecided + "/ansokningar/" + f.application();
            case CALCULATION -> undecided + "/berakning";
            case DECISION -> decided + "/beslut/" + f.decision();
            case LETTER -> decided + "/beslut/" + f.decision() + "/brev.pdf";
            case API_CASE -> "/api/v1/cases/" + f.undecided().value();
            case MY_CASES -> "/mina-arenden";
            case SEARCH_FORM -> "/sok";
            case CASELOAD -> "/arendefordelning";
            case PROPOSALS -> "/beslut-att-fatta";
            case REGISTER_HOUSEHOLD -> "/hushall/ny";
            case ACCESS_LOG -> "/atkomstlogg";
            case ADMIN_USERS -> "/admin/anvandare";
        };
    }

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @MethodSource("matrix")
    void eachRoleGetsWhatItsWorkNeedsAndEveryRefusalIsLogged(String user, Kind kind, int expected) {
        Fixture f = fixture();
        String path = path(kind, f);
        long before = jdbc.sql("select coalesce(max(id), 0) from access_log").query(Long.class).single();

        int status = kind == Kind.API_CASE ? Api.as(user, port).get(path).status()
                : SESSIONS.computeIfAbsent(user, u -> PageSession.loggedIn(u, port)).get(path).statusCode();

        assertThat(status).isEqualTo(expected);
        List<String> actions = jdbc.sql("select action from access_log where id > :before and username = :user order by id")
                .param("before", before).param("user", user).query(String.class).list();
        if (expected == 200) {
            assertThat(actions).doesNotContain("DENIED");
            if (kind.ofACase) {
                assertThat(actions).as("one row for one view").hasSize(1);
            }
        } else {
            assertThat(actions).as("the refusal is logged").containsExactly("DENIED");
        }
    }
}
