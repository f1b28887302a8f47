package se.ebba.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.ebba.identity.domain.Role;

/**
 * The production profile with staff login through a real OpenID Connect provider
 * (no.nav.security:mock-oauth2-server, started on loopback for this test), driven like a browser
 * that follows the redirects: Ebba, the provider's authorize endpoint, back to Ebba, which fetches
 * the tokens and the user info from the provider.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ebba.embedded-postgres.data-directory=", "logging.level.root=warn", "server.shutdown=immediate",
                "ebba.oidc.client-id=ebba", "ebba.oidc.client-secret=test-secret", "ebba.security.local-accounts=false"})
@ActiveProfiles("production")
class OidcLoginIT {

    static final MockOAuth2Server PROVIDER = new MockOAuth2Server();
    static final String ISSUER = "kommunen";

    static {
        PROVIDER.start();
    }

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("ebba.oidc.issuer-uri", () -> PROVIDER.issuerUrl(ISSUER).toString());
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.shutdown();
    }

    @LocalServerPort
    int port;
    @Autowired
    Units units;
    @Autowired
    Users users;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @BeforeEach
    void unit() {
        if (units.all().stream().noneMatch(u -> u.code().equals("OSTERMALM"))) {
            units.create("OSTERMALM", "Östermalm", List.of("Östermalm"));
        }
    }

    @Test
    void aCaseworkerLogsInThroughTheProviderWithRolesAndUnitsFromTheClaims() throws Exception {
        PROVIDER.enqueueCallback(claims("anna.oidc", "Anna Oidc", List.of("CASEWORKER", "NO_SUCH_ROLE"), List.of("OSTERMALM", "NOWHERE")));
        Browser browser = new Browser();

        HttpResponse<String> landed = browser.get("/oauth2/authorization/ebba");

        assertThat(landed.uri().getPath()).isEqualTo("/mina-arenden");
        assertThat(landed.statusCode()).isEqualTo(200);
        UserView anna = users.all().stream().filter(u -> u.username().equals("anna.oidc")).findFirst().orElseThrow();
        assertThat(anna.roles()).containsExactly(Role.CASEWORKER);
        assertThat(anna.units()).extracting(id -> units.all().stream().filter(u -> u.id().equals(id)).findFirst().orElseThrow().code())
                .containsExactly("OSTERMALM");
        assertThat(anna.displayName()).isEqualTo("Anna Oidc");
        HttpResponse<String> account = browser.get("/konto");
        assertThat(account.body()).contains("anna.oidc").contains("Socialsekreterare").contains("kommunens inloggning")
                .doesNotContain("Byt lösenord");
        assertThat(browser.get("/admin/anvandare").statusCode()).isEqualTo(403);
        List<String> logged = jdbc.sql("""
                        select l.after_state from access_log l join unit u on u.id = l.unit_id
                        where l.action = 'CHANGE_USER' and l.target_username = 'anna.oidc' and u.code = 'OSTERMALM'
                        """).query(String.class).list();
        assertThat(logged).as("the access the provider gave shows in the unit's log review").singleElement().asString()
                .contains("OIDC").contains("Socialsekreterare").contains("Östermalm");
    }

    @Test
    void anAdministratorClaimGivesNoCaseRolesEvenWhenTheProviderSendsThem() throws Exception {
        PROVIDER.enqueueCallback(claims("sysadm.oidc", "Sys Adm", List.of("ADMIN", "CASEWORKER", "UNIT_MANAGER"), List.of("OSTERMALM")));
        Browser browser = new Browser();

        HttpResponse<String> landed = browser.get("/oauth2/authorization/ebba");

        assertThat(landed.uri().getPath()).isEqualTo("/admin/anvandare");
        UserView admin = users.all().stream().filter(u -> u.username().equals("sysadm.oidc")).findFirst().orElseThrow();
        assertThat(admin.roles()).containsExactly(Role.ADMIN);
        assertThat(admin.units()).isEmpty();
        assertThat(browser.get("/atkomstlogg").statusCode()).as("no unit manager role").isEqualTo(403);
    }

    @Test
    void withLocalAccountsSwitchedOffAnAdministratorCreatesStaffWithoutAPasswordWhoCannotLogInWithOne() throws Exception {
        PROVIDER.enqueueCallback(claims("sysadm2.oidc", "Sys Adm", List.of("ADMIN"), List.of()));
        Browser admin = new Browser();
        admin.get("/oauth2/authorization/ebba");
        assertThat(admin.get("/admin/anvandare").body()).doesNotContain("Startlösenord").contains("lokala lösenord är avstängda");
        String unit = units.byCode("OSTERMALM").orElseThrow().id().value().toString();

        HttpResponse<String> withPassword = admin.post("/admin/anvandare", "/admin/anvandare",
                "username=lokal.losen&displayName=Lokal+Losen&password=Vinter-Lykta-Granit-42&roles=CASEWORKER&units=" + unit);
        assertThat(withPassword.statusCode()).isEqualTo(400);
        assertThat(withPassword.body()).contains("Lokala lösenord är avstängda");
        assertThat(users.all()).noneMatch(u -> u.username().equals("lokal.losen"));

        HttpResponse<String> created = admin.post("/admin/anvandare", "/admin/anvandare",
                "username=utan.losen&displayName=Utan+Losen&roles=CASEWORKER&units=" + unit);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        assertThat(created.uri().getPath()).isEqualTo("/admin/anvandare");
        assertThat(jdbc.sql("select count(*) from user_account where username = 'utan.losen' and password_hash is null")
                .query(Integer.class).single()).as("no local password").isEqualTo(1);
    }

    @Test
    void aLoginWhoseClaimsGiveNoRoleIsRefusedWithASwedishMessage() throws Exception {
        PROVIDER.enqueueCallback(claims("utan.roll", "Utan Roll", List.of("NO_SUCH_ROLE"), List.of("OSTERMALM")));
        Browser browser = new Browser();

        HttpResponse<String> landed = browser.get("/oauth2/authorization/ebba");

        assertThat(landed.uri().toString()).contains("/login?oidc-fel");
        assertThat(landed.body()).contains("gav dig ingen behörighet i Ebba");
    }

    @Test
    void productionSendsHstsSecureCookiesAndKeepsTheApiDocumentBehindLogin() throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> login = browser.get("/login");
        assertThat(login.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(h -> assertThat(h).contains("max-age=31536000").contains("includeSubDomains"));
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(login.body()).contains("Logga in med kommunens inloggning");
        assertThat(browser.setCookies).isNotEmpty().allSatisfy(c -> assertThat(c).containsIgnoringCase("; Secure"));

        HttpResponse<String> docs = browser.get("/v3/api-docs");
        assertThat(docs.uri().getPath()).isEqualTo("/login");
        assertThat(browser.get("/swagger-ui/index.html").uri().getPath()).isEqualTo("/login");
    }

    static DefaultOAuth2TokenCallback claims(String username, String name, List<String> roles, List<String> units) {
        return new DefaultOAuth2TokenCallback(ISSUER, "sub-" + username, "JWT", List.of("ebba"),
                Map.of("preferred_username", username, "name", name, "ebba_roles", roles, "ebba_units", units), 3600);
    }

    /**
     * Follows redirects and keeps cookies. The session cookie is Secure in production, which a
     * client only sends over HTTPS; the test runs on plain loopback HTTP, so the jar drops the
     * flag after noting it.
     */
    class Browser {

        final List<String> setCookies = new CopyOnWriteArrayList<>();
        final HttpClient http;

        Browser() {
            CookieManager jar = new CookieManager() {
                @Override
                public void put(URI uri, Map<String, List<String>> headers) throws IOException {
                    Map<String, List<String>> plain = headers.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> {
                        if (e.getKey() == null || !e.getKey().equalsIgnoreCase("Set-Cookie")) {
                            return e.getValue();
                        }
                        List<String> values = new ArrayList<>();
                        for (String value : e.getValue()) {
                            if (uri.getPort() == port) {
                                setCookies.add(value);
                            }
                            values.add(value.replaceAll("(?i);\\s*Secure", ""));
                        }
                        return values;
                    }, (a, b) -> a));
                    super.put(uri, plain);
                }
            };
            http = HttpClient.newBuilder().cookieHandler(jar).followRedirects(HttpClient.Redirect.NORMAL).build();
        }

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        /** Posts the form fields (already encoded) with the CSRF token of {@code formPage}. */
        HttpResponse<String> post(String formPage, String action, String fields) throws Exception {
            String token = get(formPage).body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + action))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(fields + "&_csrf=" + token)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
