package se.ebba.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.ebba.support.EbbaIntegrationTest;

@EbbaIntegrationTest
class WebSecurityIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    final HttpClient browserLike = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    HttpResponse<String> send(HttpRequest request) throws Exception {
        return browserLike.send(request, HttpResponse.BodyHandlers.ofString());
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    @Test
    void pagesRedirectToTheSwedishLoginPageWhenNotLoggedIn() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/mina-arenden")).build());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login"));
        HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/login")).build());
        assertThat(login.body()).contains("lang=\"sv\"").contains("Logga in i Ebba");
    }

    @Test
    void aFormPostedWithoutTheCsrfTokenIsRefused() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=handlaggare.ost&password=ebba-demo1")).build());
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login"));
        assertThat(send(HttpRequest.newBuilder(uri("/mina-arenden")).build()).statusCode()).as("still not logged in").isEqualTo(302);
    }

    @Test
    void passwordsAreStoredAsSaltedHashes() {
        var hashes = jdbc.sql("select password_hash from user_account where password_hash is not null").query(String.class).list();
        assertThat(hashes).isNotEmpty().allSatisfy(h -> assertThat(h).startsWith("{bcrypt}$2").doesNotContain("ebba-demo1"));
        assertThat(hashes).doesNotHaveDuplicates();
    }

    @Test
    void onlyTheAdministratorReachesTheAdministrationPages() throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/login")).build());
        String token = page.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=chef.ost&password=ebba-demo1&_csrf=" + token)).build());

        assertThat(send(HttpRequest.newBuilder(uri("/atkomstlogg")).build()).statusCode()).isEqualTo(200);
        assertThat(send(HttpRequest.newBuilder(uri("/admin/anvandare")).build()).statusCode()).isEqualTo(403);
    }

    @Test
    void everyAnswerTellsTheBrowserToKeepTheReferrerAndDeviceAccessToItself() throws Exception {
        for (String path : new String[] {"/login", "/mina-arenden", "/api/v1/cases"}) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).build());
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
            assertThat(response.headers().firstValue("Permissions-Policy")).as(path)
                    .hasValueSatisfying(p -> assertThat(p).contains("camera=()").contains("microphone=()").contains("geolocation=()"));
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
        }
    }

    @Test
    void theDemoShowsTheApiDocumentWithoutLoginAndSendsNoHsts() throws Exception {
        HttpResponse<String> docs = send(HttpRequest.newBuilder(uri("/v3/api-docs")).build());
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }
}
