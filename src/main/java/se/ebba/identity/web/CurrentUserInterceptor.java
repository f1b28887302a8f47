package se.ebba.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import se.ebba.identity.CurrentUsers;

/**
 * Puts the logged-in user on every request as {@code me}, for the menu of every page, including
 * the error pages (whose models do not get controller advice attributes).
 */
@Configuration(proxyBeanMethods = false)
class CurrentUserInterceptor implements WebMvcConfigurer, HandlerInterceptor {

    private final CurrentUsers currentUsers;

    CurrentUserInterceptor(CurrentUsers currentUsers) {
        this.currentUsers = currentUsers;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/api/**", "/css/**", "/js/**", "/webjars/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        currentUsers.find().ifPresent(user -> request.setAttribute("me", user));
        return true;
    }
}
