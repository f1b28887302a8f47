package se.ebba.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser's view of the pages without a browser: a logged-in session that posts forms with their CSRF token. */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:value|content)=\"([^\"]+)\"");
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_formToken\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final int port;
    private String csrf;

    private WebSession(int port) {
        this.port = port;
    }

    public static WebSession loggedIn(String username, int port) {
        WebSession session = new WebSession(port);
        Page login = session.get("/login");
        session.send(HttpRequest.newBuilder(session.uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + Api.PASSWORD + "&_csrf="
                        + session.csrf)));
        return session;
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** Posts the fields (and the session's CSRF token) as the browser would. */
    public Page post(String path, Map<String, String> fields) {
        return post(path, fields.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue())).toList());
    }

    public Page post(String path, List<Map.Entry<String, String>> fields) {
        String body = fields.stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-CSRF-TOKEN", csrf == null ? "" : csrf)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public String csrf() {
        return csrf;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private Page send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            Matcher m = CSRF.matcher(response.body());
            if (m.find()) {
                csrf = m.group(1);
            }
            return new Page(response.statusCode(), response.body(), response.headers().firstValue("Location").orElse(""));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Page(int status, String body, String location) {

        /** The one-time token of the form on this page, if it has one. */
        public String formToken() {
            Matcher m = FORM_TOKEN.matcher(body);
            return m.find() ? m.group(1) : null;
        }
    }
}
