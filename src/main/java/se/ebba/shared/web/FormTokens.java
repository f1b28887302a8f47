package se.ebba.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * Gives every form that posts (every {@code <form th:action … method="post">}) a hidden one-time
 * {@code _formToken}, next to Spring Security's CSRF token, by decorating the
 * {@link RequestDataValueProcessor} that Thymeleaf asks for extra hidden fields. The
 * {@link IdempotencyFilter} uses it to handle a form submitted twice only once.
 */
@Component
class FormTokens implements BeanPostProcessor {

    static final String PARAMETER = "_formToken";
    private static final String POSTING = FormTokens.class.getName() + ".posting";

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof RequestDataValueProcessor processor && !(bean instanceof WithFormToken)) {
            return new WithFormToken(processor);
        }
        return bean;
    }

    record WithFormToken(RequestDataValueProcessor delegate) implements RequestDataValueProcessor {

        @Override
        public String processAction(HttpServletRequest request, String action, String httpMethod) {
            request.setAttribute(POSTING, "post".equalsIgnoreCase(httpMethod) && !ReadOnlyForms.onlyReads(path(request, action)));
            return delegate.processAction(request, action, httpMethod);
        }

        @Override
        public String processFormFieldValue(HttpServletRequest request, String name, String value, String type) {
            return delegate.processFormFieldValue(request, name, value, type);
        }

        @Override
        public Map<String, String> getExtraHiddenFields(HttpServletRequest request) {
            Map<String, String> fields = new LinkedHashMap<>();
            Map<String, String> delegated = delegate.getExtraHiddenFields(request);
            if (delegated != null) {
                fields.putAll(delegated);
            }
            if (Boolean.TRUE.equals(request.getAttribute(POSTING))) {
                fields.put(PARAMETER, UUID.randomUUID().toString());
            }
            return fields;
        }

        /** The action as a path inside the application: without the context path and the query. */
        private static String path(HttpServletRequest request, String action) {
            String path = action == null ? "" : action;
            int query = path.indexOf('?');
            if (query >= 0) {
                path = path.substring(0, query);
            }
            String context = request.getContextPath();
            return !context.isEmpty() && path.startsWith(context) ? path.substring(context.length()) : path;
        }

        @Override
        public String processUrl(HttpServletRequest request, String url) {
            return delegate.processUrl(request, url);
        }
    }
}
