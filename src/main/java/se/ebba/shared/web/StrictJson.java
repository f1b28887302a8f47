package se.ebba.shared.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * Input at the boundary: JSON is bound strictly (a string must be a JSON string, a whole number a
 * whole number, no unknown fields, no null for a primitive), text follows {@link InputText}, dates
 * follow {@link FormDates}; every form and query parameter is checked by {@link InputCheckInterceptor}.
 * A refusal names the field's path ({@code applicant.firstName}, {@code costs[2].amount}).
 */
@Configuration(proxyBeanMethods = false)
class StrictJson implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new InputCheckInterceptor()).order(Integer.MIN_VALUE);
    }

    @Bean
    JsonMapperBuilderCustomizer strictBinding() {
        return builder -> {
            builder.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                            DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                    .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
            for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean, LogicalType.Textual,
                    LogicalType.DateTime, LogicalType.Enum}) {
                builder.withCoercionConfig(type, c -> c.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Integer, type == LogicalType.Integer || type == LogicalType.Float
                                ? CoercionAction.TryConvert : CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, type == LogicalType.Boolean ? CoercionAction.TryConvert : CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Array, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Object, CoercionAction.Fail));
            }
            builder.withCoercionConfig(LogicalType.Float, c -> c.setCoercion(CoercionInputShape.Float, CoercionAction.TryConvert));
            builder.addModule(new SimpleModule("ebba-input")
                    .addDeserializer(String.class, new CheckedStringDeserializer())
                    .addDeserializer(LocalDate.class, new PlausibleDateDeserializer()));
        };
    }

    /** A refusal with a Swedish message, raised while reading JSON; the path is added by Jackson. */
    static final class RefusedValue extends MismatchedInputException {

        RefusedValue(JsonParser p, String message, Class<?> type) {
            super(p, message, type);
        }
    }

    /** Strings only from JSON strings, printable, no longer than {@link InputText#DEFAULT_MAX_LENGTH}. */
    static final class CheckedStringDeserializer extends StdScalarDeserializer<String> {

        CheckedStringDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                throw new RefusedValue(p, "Ska vara text (en JSON-sträng).", String.class);
            }
            String text = p.getString();
            String problem = InputText.problem(text, InputText.DEFAULT_MAX_LENGTH);
            if (problem != null) {
                throw new RefusedValue(p, problem, String.class);
            }
            return text;
        }
    }

    /** Dates as ÅÅÅÅ-MM-DD strings within {@link FormDates}' plausible years. */
    static final class PlausibleDateDeserializer extends StdScalarDeserializer<LocalDate> {

        PlausibleDateDeserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                throw new RefusedValue(p, FormDates.FORMAT_MESSAGE, LocalDate.class);
            }
            String text = p.getString();
            if (text.isBlank()) {
                return null;
            }
            try {
                LocalDate date = LocalDate.parse(text.strip());
                if (!FormDates.isPlausible(date)) {
                    throw new RefusedValue(p, FormDates.RANGE_MESSAGE, LocalDate.class);
                }
                return date;
            } catch (DateTimeParseException e) {
                throw new RefusedValue(p, FormDates.FORMAT_MESSAGE, LocalDate.class);
            }
        }
    }
}
