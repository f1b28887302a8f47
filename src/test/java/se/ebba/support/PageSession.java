package se.ebba.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** A browser's view of the pages without a browser: a logged-in session with its cookie and CSRF token. */
public final class PageSession {

    private final int port;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    private PageSession(int port) {
        this.port = port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
    }

    public static PageSession loggedIn(String username, int port) {
        PageSession session = new PageSession(port);
        String token = session.csrf("/login");
        HttpResponse<String> response = session.send(HttpRequest.newBuilder(session.uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + Api.PASSWORD + "&_csrf=" + token)));
        if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("fel")) {
            throw new IllegalStateException("Login failed for " + username);
        }
        return session;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public HttpResponse<String> post(String path, Map<String, String> form) {
        String token = csrf("/konto");
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")) + "&_csrf=" + token;
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The raw session id in the cookie: what the access log must never store. */
    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID")).map(HttpCookie::getValue)
                .findFirst().orElseThrow();
    }

    private String csrf(String page) {
        String body = get(page).body();
        return body.replaceAll("(?s).*name=\"_csrf\" (?:value|content)=\"([^\"]+)\".*", "$1");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
