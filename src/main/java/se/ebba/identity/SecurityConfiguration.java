package se.ebba.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Predicate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may reach what. Pages use a Swedish login form with CSRF protection and a session that times
 * out; the API under /api/v1 uses the same users, with HTTP Basic where enabled (demo profile).
 * Finer rules (own units only, read-only auditors) are enforced where the data is read.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, @Value("${ebba.api.basic-auth:false}") boolean basicAuth,
                            ApplicationEventPublisher events) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/v1/cases/**", "/api/v1/cases").access(staff(CurrentUser::readsCaseContents))
                        .anyRequest().authenticated())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> problem(response, HttpStatus.UNAUTHORIZED,
                                "Inte inloggad", "Logga in för att använda API:t."))
                        .accessDeniedHandler((request, response, ex) -> {
                            refused(events, request);
                            problem(response, HttpStatus.FORBIDDEN, "Inte tillåtet", "Du har inte behörighet till detta.");
                        }));
        if (basicAuth) {
            // Scripts authenticate on every request; no session, so no CSRF token to steal.
            http.httpBasic(basic -> basic.authenticationEntryPoint((request, response, ex) -> {
                        response.setHeader("WWW-Authenticate", "Basic realm=\"Ebba\"");
                        problem(response, HttpStatus.UNAUTHORIZED, "Inte inloggad", "Fel användarnamn eller lösenord.");
                    }))
                    .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .csrf(csrf -> csrf.disable());
        }
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, ApplicationEventPublisher events) throws Exception {
        AccessDeniedHandlerImpl errorPage = new AccessDeniedHandlerImpl();
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error",
                                "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        // Page kinds by role (the matrix in docs/security.md); the case file checks each case again.
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .requestMatchers("/atkomstlogg/**").hasAnyRole("UNIT_MANAGER", "AUDITOR")
                        .requestMatchers("/hushall/**").access(staff(CurrentUser::registersHouseholds))
                        .requestMatchers("/mina-arenden", "/sok", "/arendefordelning/**", "/beslut-att-fatta", "/arenden/**")
                        .access(staff(CurrentUser::readsCaseContents))
                        .anyRequest().authenticated())
                .exceptionHandling(e -> e.accessDeniedHandler((request, response, ex) -> {
                    refused(events, request);
                    errorPage.handle(request, response, ex);
                }))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true).failureUrl("/login?fel").permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?utloggad").permitAll())
                .sessionManagement(s -> s.invalidSessionUrl("/login?timeout"))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'")));
        return http.build();
    }

    /** Lets a logged-in user through when their roles allow the page kind. */
    private static AuthorizationManager<RequestAuthorizationContext> staff(Predicate<CurrentUser> allowed) {
        return (authentication, context) -> new AuthorizationDecision(authentication.get() != null
                && authentication.get().getPrincipal() instanceof EbbaUserDetails details && allowed.test(details.user()));
    }

    /** A refusal by role is written to the access log (by the audit module) before the 403 is answered. */
    private static void refused(ApplicationEventPublisher events, HttpServletRequest request) {
        if (SecurityContextHolder.getContext().getAuthentication() != null
                && SecurityContextHolder.getContext().getAuthentication().getPrincipal() instanceof EbbaUserDetails details) {
            events.publishEvent(new AccessRefused(details.user(), request.getMethod(), request.getRequestURI()));
        }
    }

    private static void problem(jakarta.servlet.http.HttpServletResponse response, HttpStatus status, String title,
                                String detail) throws java.io.IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status.value()
                + ",\"detail\":\"" + detail + "\"}");
    }
}
