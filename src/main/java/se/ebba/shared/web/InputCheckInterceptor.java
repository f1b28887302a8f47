package se.ebba.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.InvalidInputException.FieldError;

/**
 * Checks every request parameter of every form and query before a controller sees it: no control
 * characters, and no longer than the field's {@code @Size(max)} (on the {@code @RequestParam} or on
 * the form object's field) or {@link InputText#DEFAULT_MAX_LENGTH}. A bad value is refused with a
 * Swedish message naming the field; nothing reaches the database.
 */
class InputCheckInterceptor implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        List<FieldError> errors = new ArrayList<>();
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            if (InputText.problem(name, 200) != null) {
                errors.add(new FieldError("", "Formuläret innehåller ett fältnamn som inte är tillåtet."));
                continue;
            }
            int max = handler instanceof HandlerMethod method ? maxLength(method, name) : InputText.DEFAULT_MAX_LENGTH;
            for (String value : parameter.getValue()) {
                String problem = InputText.problem(value, max);
                if (problem != null) {
                    errors.add(new FieldError(name, problem));
                    break;
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return true;
    }

    /**
     * A page shown again with an error summary answers 400, so that a form that was not saved never
     * looks like a success to a script or proxy. htmx requests keep 200, as htmx swaps only 2xx.
     */
    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
        if (view != null && view.getModel().get("errors") instanceof FormErrors errors && !errors.isEmpty()
                && request.getHeader("HX-Request") == null && response.getStatus() == HttpServletResponse.SC_OK) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
    }

    /** The {@code @Size(max)} that applies to a parameter, or the default. */
    static int maxLength(HandlerMethod method, String parameterName) {
        for (MethodParameter p : method.getMethodParameters()) {
            RequestParam requestParam = p.getParameterAnnotation(RequestParam.class);
            if (requestParam != null && parameterName.equals(requestParam.name().isEmpty() ? requestParam.value().isEmpty()
                    ? p.getParameterName() : requestParam.value() : requestParam.name())) {
                Size size = p.getParameterAnnotation(Size.class);
                return size == null ? InputText.DEFAULT_MAX_LENGTH : Math.min(size.max(), InputText.DEFAULT_MAX_LENGTH);
            }
            if (p.hasParameterAnnotation(ModelAttribute.class)) {
                Integer max = maxOfProperty(p.getParameterType(), parameterName);
                if (max != null) {
                    return max;
                }
            }
        }
        return InputText.DEFAULT_MAX_LENGTH;
    }

    /** Follows a property path like {@code children[0].firstName} through fields and list elements. */
    private static Integer maxOfProperty(Class<?> type, String path) {
        Class<?> current = type;
        Field field = null;
        for (String segment : path.replaceAll("\\[[^]]*]", "").split("\\.")) {
            field = field(current, segment);
            if (field == null) {
                return null;
            }
            current = elementType(field);
        }
        Size size = field == null ? null : field.getAnnotation(Size.class);
        return size == null ? null : Math.min(size.max(), InputText.DEFAULT_MAX_LENGTH);
    }

    private static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        return null;
    }

    private static Class<?> elementType(Field field) {
        if (Collection.class.isAssignableFrom(field.getType()) && field.getGenericType() instanceof ParameterizedType pt) {
            Type element = pt.getActualTypeArguments()[0];
            if (element instanceof Class<?> c) {
                return c;
            }
        }
        return field.getType();
    }
}
