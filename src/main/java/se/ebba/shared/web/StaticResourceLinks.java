package se.ebba.shared.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Links on pages are not looked up as static resources. With webjars-locator-lite on the class path
 * Spring Boot switches the resource chain on and registers a {@link ResourceUrlEncodingFilter}, which
 * makes Thymeleaf resolve every link it writes (each {@code /arenden/{id}} of a list) against the
 * static locations inside the jar: a third of the CPU of the pages under load (docs/performance.md,
 * "Staff day under load"). Ebba uses no versioned resource URLs, so the filter is left out;
 * {@code /webjars/htmx.org/dist/htmx.min.js} without a version is still resolved when it is requested.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourceLinks {

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}
