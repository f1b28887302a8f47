package se.ebba.identity.login;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import se.ebba.identity.CurrentUser;

/**
 * Checks the logged-in user's account on every request (one query): a disabled or removed account
 * ends the session at once, and changed roles, units or rights replace what the session holds
 * before anything is authorised. Not a bean: it runs only inside the security filter chains.
 */
public class AccountRefreshFilter extends OncePerRequestFilter {

    private final Accounts accounts;
    private final Function<CurrentUser, UserDetails> principals;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    public AccountRefreshFilter(Accounts accounts, Function<CurrentUser, UserDetails> principals) {
        this.accounts = accounts;
        this.principals = principals;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof EbbaPrincipal principal) {
            Optional<Accounts.Account> now = accounts.reload(principal.user().id());
            if (now.isEmpty() || !now.get().enabled()) {
                endSession(request, response);
                return;
            }
            CurrentUser fresh = now.get().user();
            if (!fresh.equals(principal.user())) {
                UserDetails details = principals.apply(fresh);
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
                SecurityContextHolder.setContext(context);
                if (request.getSession(false) != null) {
                    sessions.saveContext(context, request, response);
                }
            }
        }
        chain.doFilter(request, response);
    }

    private static void endSession(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        String login = request.getContextPath() + "/login?avslutad";
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Inte inloggad\",\"status\":401,"
                    + "\"detail\":\"Kontot är inte längre aktivt. Logga in igen.\"}");
        } else if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Redirect", login);
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } else {
            response.sendRedirect(login);
        }
    }
}
