package se.ebba.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import se.ebba.shared.Sha256;
import se.ebba.shared.infra.IdempotencyKeys;
import tools.jackson.databind.ObjectMapper;

/**
 * Makes a repeated submission harmless, in one place for every form and API endpoint. A POST that
 * carries a one-time key – the hidden {@code _formToken} every server-rendered form gets (see
 * {@link FormTokens}) or an API client's {@code Idempotency-Key} header – is handled once per user
 * and key: a repeat gets the first response again (for a form: the redirect it led to) instead of
 * writing again. The same API key with a different request is refused with 422.
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";

    private final IdempotencyKeys keys;
    private final ObjectMapper json;

    IdempotencyFilter(IdempotencyKeys keys, ObjectMapper json) {
        this.keys = keys;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || ReadOnlyForms.onlyReads(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        String key = api ? request.getHeader(HEADER) : formToken(request);
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated() || key == null || key.isBlank()) {
            chain.doFilter(request, response);
            return;
        }
        if (InputText.problem(key, 200) != null) {
            refuse(response, api, HttpStatus.BAD_REQUEST, "Ogiltig nyckel", "Nyckeln för upprepade anrop får vara högst 200 tecken.");
            return;
        }
        HttpServletRequest handled = request;
        String hash;
        if (api) {
            CachedBodyRequest cached = new CachedBodyRequest(request);
            handled = cached;
            hash = sha256(request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString() + "\n", cached.body);
        } else {
            hash = sha256(request.getMethod() + " " + request.getRequestURI() + "\n", formContent(request));
        }
        String user = auth.getName();
        IdempotencyKeys.Claim claim = keys.claim(user, key, hash);
        switch (claim) {
            case IdempotencyKeys.Claim.Done done -> {
                if (api && !done.requestHash().equals(hash)) {
                    refuse(response, true, HttpStatus.UNPROCESSABLE_CONTENT, "Nyckeln är redan använd",
                            "Idempotency-Key har redan använts för en annan begäran. Använd en ny nyckel för en ny begäran.");
                } else if (!done.requestHash().equals(hash)) {
                    // An old page (the back button) sent again with other content: never pretend the new content was saved.
                    refuse(response, false, HttpStatus.CONFLICT, "Formuläret är redan skickat",
                            "Det här formuläret har redan skickats en gång, med andra uppgifter. Det du skrev nu är inte sparat. "
                                    + "Öppna sidan på nytt och skicka uppgifterna igen.");
                } else {
                    replay(done, response);
                }
                return;
            }
            case IdempotencyKeys.Claim.Pending pending -> {
                refuse(response, api, HttpStatus.CONFLICT, "Begäran behandlas redan",
                        "Samma formulär eller begäran skickades redan och har inte blivit klar. Kontrollera om det sparades innan du skickar igen.");
                return;
            }
            case IdempotencyKeys.Claim.Claimed claimed -> {
                ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
                boolean completed = false;
                try {
                    chain.doFilter(handled, wrapper);
                    int status = wrapper.getStatus();
                    boolean success = api ? status >= 200 && status < 300 : status >= 300 && status < 400;
                    if (success) {
                        keys.complete(user, key, status, wrapper.getHeader("Location"), wrapper.getContentType(),
                                api ? wrapper.getContentAsByteArray() : null);
                        completed = true;
                    }
                } finally {
                    if (!completed) {
                        keys.release(user, key);
                    }
                    wrapper.copyBodyToResponse();
                }
            }
        }
    }

    /** The submitted fields in a fixed order, without the CSRF and form tokens, so that the same content hashes the same. */
    private static byte[] formContent(HttpServletRequest request) {
        StringBuilder content = new StringBuilder();
        new java.util.TreeMap<>(request.getParameterMap()).forEach((name, values) -> {
            if (!name.equals("_csrf") && !name.equals(FormTokens.PARAMETER)) {
                for (String value : values) {
                    content.append(name).append('=').append(value).append('\u0000');
                }
            }
        });
        return content.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String formToken(HttpServletRequest request) {
        String contentType = request.getContentType();
        if (contentType == null || !(contentType.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)
                || contentType.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE))) {
            return null;
        }
        return request.getParameter(FormTokens.PARAMETER);
    }

    private static void replay(IdempotencyKeys.Claim.Done done, HttpServletResponse response) throws IOException {
        if (done.location() != null && done.status() >= 300 && done.status() < 400) {
            response.setStatus(done.status());
            response.setHeader("Location", done.location());
            return;
        }
        response.setStatus(done.status());
        if (done.location() != null) {
            response.setHeader("Location", done.location());
        }
        response.setHeader("Idempotent-Replayed", "true");
        if (done.contentType() != null) {
            response.setContentType(done.contentType());
        }
        if (done.body() != null) {
            response.getOutputStream().write(done.body());
        }
    }

    private void refuse(HttpServletResponse response, boolean api, HttpStatus status, String title, String detail) throws IOException {
        response.setStatus(status.value());
        if (api) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(json.writeValueAsString(ApiExceptionHandler.problem(status, title, detail, "idempotency-key", null)));
        } else {
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\"><title>Ebba – " + title
                    + "</title><link rel=\"stylesheet\" href=\"/css/ebba.css\"></head><body><main><h1>" + title + "</h1><p>" + detail
                    + "</p><p><a href=\"/\">Till startsidan</a></p></main></body></html>");
        }
    }

    private static String sha256(String head, byte[] body) {
        return Sha256.hex(head.getBytes(StandardCharsets.UTF_8), body);
    }

    /** The request with its body read once, so that it can be hashed and still be read by the controller. */
    static final class CachedBodyRequest extends HttpServletRequestWrapper {

        final byte[] body;

        CachedBodyRequest(HttpServletRequest request) throws IOException {
            super(request);
            this.body = request.getInputStream().readAllBytes();
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
