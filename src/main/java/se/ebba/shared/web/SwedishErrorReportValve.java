package se.ebba.shared.web;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The answer when Tomcat refuses a request before Ebba sees it (a query string longer than the
 * header limit, a form larger than the post limit): a Swedish page, or problem details for the
 * API, instead of Tomcat's English report.
 */
public class SwedishErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String uri = request.getRequestURI();
        boolean api = uri != null && uri.startsWith("/api/");
        String title = status == 413 ? "Begäran är för stor" : status >= 500 ? "Tekniskt fel" : "Ogiltig begäran";
        String detail = status == 413 ? "Formuläret eller begäran innehåller mer text än Ebba tar emot. Korta texten och försök igen."
                : status >= 500 ? "Ett tekniskt fel inträffade. Försök igen senare."
                : "Begäran kunde inte läsas, till exempel för att adressen eller ett fält är för långt.";
        try {
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer == null) {
                return;
            }
            if (api) {
                response.setContentType("application/problem+json");
                writer.write("{\"type\":\"https://ebba.example/problems/invalid-request\",\"title\":\"" + title + "\",\"status\":" + status
                        + ",\"detail\":\"" + detail + "\",\"errors\":[{\"field\":\"\",\"message\":\"" + detail + "\"}]}");
            } else {
                response.setContentType("text/html;charset=UTF-8");
                writer.write("<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\"><title>Ebba – " + title
                        + "</title><link rel=\"stylesheet\" href=\"/css/ebba.css\"></head><body><main><h1>" + title + "</h1>"
                        + "<div class=\"error-summary\" role=\"alert\"><p>" + detail + "</p></div>"
                        + "<p>Inget har sparats. <a href=\"/\">Till startsidan</a></p></main></body></html>");
            }
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response was already used: nothing more to say
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> swedishErrorReports() {
            return factory -> factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    host.setErrorReportValveClass(SwedishErrorReportValve.class.getName());
                }
            });
        }
    }
}
