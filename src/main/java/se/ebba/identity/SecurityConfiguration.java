package se.ebba.identity;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import se.ebba.shared.web.ServiceUnavailable;

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
    SecurityFilterChain api(HttpSecurity http, @Value("${ebba.api.basic-auth:false}") boolean basicAuth) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> problem(response, HttpStatus.UNAUTHORIZED,
                                "Inte inloggad", "Logga in för att använda API:t."))
                        .accessDeniedHandler((request, response, ex) -> problem(response, HttpStatus.FORBIDDEN,
                                "Inte tillåtet", "Du har inte behörighet till detta.")));
        if (basicAuth) {
            // Scripts authenticate on every request; no session, so no CSRF token to steal.
            http.httpBasic(basic -> basic.authenticationEntryPoint((request, response, ex) -> {
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
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error",
                                "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        // health, liveness and readiness for operations; details only for administrators
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .requestMatchers("/atkomstlogg/**").hasRole("UNIT_MANAGER")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true).permitAll()
                        .failureHandler(unlessDatabaseUnavailable(new SimpleUrlAuthenticationFailureHandler("/login?fel"))))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?utloggad").permitAll())
                .sessionManagement(s -> s.invalidSessionUrl("/login?timeout"))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'")));
        return http.build();
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
