package se.ebba.decision.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import se.ebba.decision.Decisions;
import se.ebba.identity.CurrentUsers;

/**
 * Puts the number of proposals the user may decide on every rendered page as
 * {@code proposalsToDecide}: the menu shows "Beslut att fatta (n)" to everyone whose role a proposal
 * is routed to (a caseworker too, when the delegation order gives caseworkers that decision), and
 * "Mina ärenden" says so.
 */
@Configuration(proxyBeanMethods = false)
class ProposalMenuInterceptor implements WebMvcConfigurer, HandlerInterceptor {

    private final Decisions decisions;
    private final CurrentUsers currentUsers;

    ProposalMenuInterceptor(Decisions decisions, CurrentUsers currentUsers) {
        this.decisions = decisions;
        this.currentUsers = currentUsers;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/api/**", "/css/**", "/js/**", "/webjars/**", "/admin/**");
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
        if (view == null || view.getViewName() == null || view.getViewName().startsWith("redirect:")
                || view.getViewName().contains("::")) {
            // a redirect or an htmx fragment draws no menu
            return;
        }
        currentUsers.find().filter(u -> u.readsCaseContents())
                .ifPresent(user -> view.addObject("proposalsToDecide", decisions.proposalCountFor(user)));
    }
}
