package se.ebba.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import se.ebba.support.EbbaIntegrationTest;

/** Page links are written as they are, without a look-up of each one among the static resources in the jar. */
@EbbaIntegrationTest
class StaticResourceLinksIT {

    @Autowired
    ApplicationContext context;
    @LocalServerPort
    int port;

    @Test
    void noFilterResolvesEveryLinkOfAPageAgainstTheStaticResources() {
        assertThat(context.getBeansOfType(ResourceUrlEncodingFilter.class)).isEmpty();
        assertThat(context.getBeansOfType(FilterRegistrationBean.class).values())
                .filteredOn(r -> r.getFilter() instanceof ResourceUrlEncodingFilter)
                .allSatisfy(r -> assertThat(r.isEnabled()).isFalse());
    }

    @Test
    void htmxIsStillServedWithoutAVersionInItsAddress() throws Exception {
        HttpResponse<String> htmx = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/webjars/htmx.org/dist/htmx.min.js")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(htmx.statusCode()).isEqualTo(200);
        assertThat(htmx.body()).contains("htmx");
    }
}
