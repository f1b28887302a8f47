package se.ebba.identity;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A browser as the server sees it: a cookie jar, forms with their CSRF token, no redirects followed. */
final class FormClient {

    private final HttpClient http;
    private final String base;

    FormClient(int port) {
        this("http://localhost:" + port, new CookieManager());
    }

    FormClient(String base, CookieManager cookies) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    /** Posts the form on {@code formPage} (taking its CSRF token) to {@code action}. */
    HttpResponse<String> post(String formPage, String action, Map<String, String> fields) {
        String page = get(formPage).body();
        String token = page.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", token);
        String body = all.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + action)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Logs in with the form; answers where the login sent the browser (its Location). */
    String login(String username, String password) {
        HttpResponse<String> response = post("/login", "/login", Map.of("username", username, "password", password));
        return response.headers().firstValue("Location").orElse("");
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
