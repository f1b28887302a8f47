package se.ebba.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import se.ebba.support.EbbaIntegrationTest;
import se.ebba.support.PageSession;

/**
 * Every page a demo user can reach opens: from the start page, every link of the application in
 * the menu and on the pages reached from it (two steps, each address once) answers below 500 and
 * never with the error page. A page no test opens (last session's 500 on the unit manager's
 * calendar) is caught here.
 */
// A context of its own: crawling writes access-log rows for many cases, which other tests count.
@EbbaIntegrationTest
@TestPropertySource(properties = "ebba.test.context=link-crawl")
class EveryLinkOpensIT {

    static final int DEPTH = 2;
    static final int MAX_PAGES = 250;
    static final Pattern HREF = Pattern.compile("<a\\s[^>]*href=\"(/[^\"#]*)\"");

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"mottagning.ost", "handlaggare.ost", "ekonomi.ost", "kassa.ost", "fut.ost", "teamledare.ost", "chef.ost",
            "metod.ost", "revisor.ost", "admin"})
    void everyLinkTheUserCanFollowOpensWithoutAServerError(String username) {
        PageSession session = PageSession.loggedIn(username, port);
        Set<String> seen = new LinkedHashSet<>();
        List<String> failures = new ArrayList<>();
        Deque<String[]> queue = new ArrayDeque<>();
        queue.add(new String[] {"/", "0"});
        while (!queue.isEmpty() && seen.size() < MAX_PAGES) {
            String[] next = queue.poll();
            String path = next[0].replace("&amp;", "&");
            int depth = Integer.parseInt(next[1]);
            if (!seen.add(path)) {
                continue;
            }
            HttpResponse<String> page = session.get(path);
            if (page.statusCode() >= 500 || page.body().contains("Whitelabel Error Page")) {
                failures.add(page.statusCode() + " " + path);
                continue;
            }
            if (page.statusCode() >= 300 && page.statusCode() < 400) {
                page.headers().firstValue("Location").map(l -> l.replaceFirst("^https?://[^/]+", ""))
                        .filter(l -> l.startsWith("/") && !l.startsWith("/login")).ifPresent(l -> queue.addFirst(new String[] {l, String.valueOf(depth)}));
                continue;
            }
            if (depth < DEPTH && page.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                Matcher links = HREF.matcher(page.body());
                while (links.find()) {
                    String link = links.group(1);
                    if (!link.startsWith("/logout") && !link.startsWith("/webjars") && !link.startsWith("/css") && !seen.contains(link)) {
                        queue.add(new String[] {link, String.valueOf(depth + 1)});
                    }
                }
            }
        }

        assertThat(failures).as("pages that failed for " + username + " (of " + seen.size() + " opened)").isEmpty();
        assertThat(seen).as("pages opened: the start page, the account page and the menu").hasSizeGreaterThanOrEqualTo(3);
        if (username.equals("chef.ost")) {
            assertThat(seen).anyMatch(p -> p.startsWith("/arshjul/kalender"));
        }
    }
}
