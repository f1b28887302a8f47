package se.ebba.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A browser's view of the pages: a session cookie, the CSRF token of the last page, no redirects followed. */
public final class PageClient {

    private static final String ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final int port;
    private String csrf = "";

    public PageClient(int port) {
        this.port = port;
    }

    /** Opens the login page and posts the demo user's name and password. */
    public HttpResponse<String> logIn(String username) {
        get("/login");
        return post("/login", "username=" + username + "&password=" + Api.PASSWORD);
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", ACCEPT).GET().build());
    }

    /** Posts the form fields (already url-encoded) with the CSRF token of the page got before. */
    public HttpResponse<String> post(String path, String form) {
        String body = form.isEmpty() ? "_csrf=" + csrf : form + "&_csrf=" + csrf;
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", ACCEPT).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            var matcher = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(response.body());
            if (matcher.find()) {
                csrf = URLEncoder.encode(matcher.group(1), StandardCharsets.UTF_8);
            }
            return response;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
