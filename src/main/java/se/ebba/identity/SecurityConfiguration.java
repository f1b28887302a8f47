package se.ebba.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import java.util.function.Predicate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import se.ebba.identity.login.AccountRefreshFilter;
import se.ebba.identity.login.Accounts;
import se.ebba.identity.login.EbbaPrincipal;
import se.ebba.identity.login.LoginProtection;
import se.ebba.identity.login.LoginRefusedException;
import se.ebba.identity.login.OidcLogin;
import se.ebba.identity.login.ProtectedAuthenticationProvider;
import se.ebba.shared.web.ServiceUnavailable;

/**
 * Who may reach what. Pages use a Swedish login form with CSRF protection and a session that times
 * out (and, when configured, OIDC login for staff); the API under /api/v1 uses the same users, with
 * HTTP Basic where enabled (demo profile). Password logins are throttled ({@code LoginProtection}),
 * and every request re-checks the account ({@code AccountRefreshFilter}). Finer rules (own units
 * only, read-only auditors) are enforced where the data is read.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Everything reachable without logging in. */
    private static final List<String> PUBLIC_PATHS = List.of(
            "/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error",
            // health, liveness and readiness for operations; details only for administrators
            "/actuator/health", "/actuator/health/**");

    /** The OpenAPI document and Swagger UI: public only where {@code ebba.security.public-api-docs} (the demo). */
    private static final List<String> API_DOCS = List.of("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html");

    private static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "bluetooth=(), serial=(), hid=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), "
            + "display-capture=(), screen-wake-lock=(), xr-spatial-tracking=()";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Password logins (form and HTTP Basic), throttled and counted. */
    @Bean
    AuthenticationProvider passwordLogins(UserDetailsService users, PasswordEncoder encoder, LoginProtection protection) {
        return new ProtectedAuthenticationProvider(users, encoder, protection);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, @Value("${ebba.api.basic-auth:false}") boolean basicAuth,
                            @Value("${ebba.security.hsts:false}") boolean hsts, Accounts accounts,
                            UserDetailsFactory principals, ApplicationEventPublisher events) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/v1/cases/**", "/api/v1/cases").access(staff(CurrentUser::readsCaseContents))
                        .requestMatchers("/api/v1/payment-runs/**", "/api/v1/payment-runs", "/api/v1/payments/**").hasRole("CASHIER")
                        .anyRequest().authenticated())
                .addFilterBefore(new AccountRefreshFilter(accounts, u -> principals.create(u, null, true)), AuthorizationFilter.class)
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> problem(response, HttpStatus.UNAUTHORIZED,
                                "Inte inloggad", "Logga in för att använda API:t."))
                        .accessDeniedHandler((request, response, ex) -> {
                            refused(events, request);
                            problem(response, HttpStatus.FORBIDDEN, "Inte tillåtet", "Du har inte behörighet till detta.");
                        }));
        headers(http, hsts);
        if (basicAuth) {
            // Scripts authenticate on every request; no session, so no CSRF token to steal.
            http.httpBasic(basic -> basic.authenticationEntryPoint((request, response, ex) -> {
                        if (ex instanceof InternalAuthenticationServiceException) {
                            response.setHeader("Retry-After", "30");
                            problem(response, HttpStatus.SERVICE_UNAVAILABLE, "Tjänsten är tillfälligt otillgänglig",
                                    "Inloggningen kunde inte kontrolleras just nu. Försök igen om en stund.");
                            return;
                        }
                        if (ex instanceof LoginRefusedException refused) {
                            response.setHeader("Retry-After", Long.toString(Math.max(1, refused.retryAfter().toSeconds())));
                            problem(response, HttpStatus.TOO_MANY_REQUESTS, "För många inloggningsförsök",
                                    "För många misslyckade inloggningsförsök. Vänta en stund och försök igen.");
                            return;
                        }
                        response.setHeader("WWW-Authenticate", "Basic realm=\"Ebba\"");
                        if (ServiceUnavailable.isCause(ex)) {
                            // the user could not be looked up: the database is away, not a wrong password
                            ServiceUnavailable.respond(request, response);
                            return;
                        }
                        problem(response, HttpStatus.UNAUTHORIZED, "Inte inloggad", "Fel användarnamn eller lösenord.");
                    }))
                    .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .csrf(csrf -> csrf.disable());
        }
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, @Value("${ebba.security.public-api-docs:false}") boolean publicApiDocs,
                              @Value("${ebba.security.hsts:false}") boolean hsts, Accounts accounts,
                              UserDetailsFactory principals, ObjectProvider<ClientRegistrationRepository> oidcClients,
                              OidcLogin oidcLogin, ApplicationEventPublisher events) throws Exception {
        AccessDeniedHandlerImpl errorPage = new AccessDeniedHandlerImpl();
        List<String> publicPaths = new ArrayList<>(PUBLIC_PATHS);
        if (publicApiDocs) {
            publicPaths.addAll(API_DOCS);
        }
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers(publicPaths.toArray(String[]::new)).permitAll()
                        // Page kinds by role (the matrix in docs/security.md); the case file checks each case again.
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .requestMatchers("/atkomstlogg/**").hasAnyRole("UNIT_MANAGER", "AUDITOR")
                        .requestMatchers("/behorigheter/**").hasRole("UNIT_MANAGER")
                        .requestMatchers("/hushall/**").access(staff(CurrentUser::registersHouseholds))
                        .requestMatchers("/remitteringar/**").access(staff(CurrentUser::allocatesCases))
                        .requestMatchers("/utbetalningar/attestera", "/utbetalningar/attestera-markerade", "/utbetalningar/*/attestera",
                                "/utbetalningar/*/avvisa").hasRole("CASHIER")
                        .requestMatchers("/utbetalningar/**").access(staff(CurrentUser::readsCaseContents))
                        .requestMatchers("/utbetalningskorningar/**", "/utbetalningskorningar").hasRole("CASHIER")
                        .requestMatchers("/mina-arenden", "/sok", "/arendefordelning/**", "/beslut-att-fatta", "/arenden/**")
                        .access(staff(CurrentUser::readsCaseContents))
                        .anyRequest().authenticated())
                .addFilterBefore(new AccountRefreshFilter(accounts, u -> principals.create(u, null, true)), AuthorizationFilter.class)
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true).failureHandler(unlessDatabaseUnavailable(loginFailure())).permitAll())
                .exceptionHandling(e -> e.accessDeniedHandler((request, response, ex) -> {
                    refused(events, request);
                    errorPage.handle(request, response, ex);
                }))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?utloggad").permitAll())
                .sessionManagement(s -> s.invalidSessionUrl("/login?timeout"));
        if (oidcClients.getIfAvailable() != null) {
            http.oauth2Login(oidc -> oidc.loginPage("/login").defaultSuccessUrl("/", true).failureUrl("/login?oidc-fel")
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcLogin)));
        }
        headers(http, hsts);
        http.headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'")));
        return http.build();
    }

    /** Referrer-Policy and Permissions-Policy everywhere; HSTS on every answer where enabled (production). */
    private static void headers(HttpSecurity http, boolean hsts) throws Exception {
        http.headers(h -> {
            h.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN));
            h.permissionsPolicyHeader(p -> p.policy(PERMISSIONS_POLICY));
            if (hsts) {
                // Behind a TLS-terminating proxy the request looks like plain HTTP, so send it always.
                h.httpStrictTransportSecurity(s -> s.requestMatcher(AnyRequestMatcher.INSTANCE)
                        .maxAgeInSeconds(31_536_000).includeSubDomains(true));
            } else {
                h.httpStrictTransportSecurity(s -> s.disable());
            }
        });
    }

    /**
     * A refused (throttled or locked) login and a login that could not be checked (the database is
     * away) get their own Swedish messages; every other failure the same one.
     */
    private static AuthenticationFailureHandler loginFailure() {
        return (HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response, AuthenticationException e) -> {
            String result = e instanceof LoginRefusedException ? "sparrad"
                    : e instanceof InternalAuthenticationServiceException ? "otillganglig" : "fel";
            response.sendRedirect(request.getContextPath() + "/login?" + result);
        };
    }

    /** Lets a logged-in user through when their roles allow the page kind. */
    private static AuthorizationManager<RequestAuthorizationContext> staff(Predicate<CurrentUser> allowed) {
        return (authentication, context) -> new AuthorizationDecision(authentication.get() != null
                && authentication.get().getPrincipal() instanceof EbbaPrincipal principal && allowed.test(principal.user()));
    }

    /** A refusal by role is written to the access log (by the audit module) before the 403 is answered. */
    private static void refused(ApplicationEventPublisher events, HttpServletRequest request) {
        if (SecurityContextHolder.getContext().getAuthentication() != null
                && SecurityContextHolder.getContext().getAuthentication().getPrincipal() instanceof EbbaPrincipal principal) {
            events.publishEvent(new AccessRefused(principal.user(), request.getMethod(), request.getRequestURI()));
        }
    }

    /** A login that fails because the database is away answers 503, not "wrong user name or password". */
    private static AuthenticationFailureHandler unlessDatabaseUnavailable(AuthenticationFailureHandler handler) {
        return (request, response, ex) -> {
            if (ServiceUnavailable.isCause(ex)) {
                ServiceUnavailable.respond(request, response);
            } else {
                handler.onAuthenticationFailure(request, response, ex);
            }
        };
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
