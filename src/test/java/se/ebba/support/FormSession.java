package se.ebba.support;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A browser-like client: logs in through the form, keeps the session cookie and posts forms with the CSRF token. */
public final class FormSession {

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final int port;

    private FormSession(int port) {
        this.port = port;
    }

    public static FormSession login(int port, String username) {
        FormSession s = new FormSession(port);
        s.post("/login", List.of(Map.entry("username", username), Map.entry("password", Api.PASSWORD)));
        return s;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).build());
    }

    /** Fetches the page of {@code path} for its CSRF token, then posts the fields (a name may repeat, as for checkboxes). */
    public HttpResponse<String> post(String path, List<Map.Entry<String, String>> fields) {
        return post(path, path, fields);
    }

    /** Posts to {@code path} a form shown on another page ({@code formPage}, read for its CSRF token). */
    public HttpResponse<String> post(String formPage, String path, List<Map.Entry<String, String>> fields) {
        String token = get(formPage).body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        String body = fields.stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&", "", "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8)));
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return path.startsWith("http") ? URI.create(path) : URI.create("http://localhost:" + port + path);
    }
}
