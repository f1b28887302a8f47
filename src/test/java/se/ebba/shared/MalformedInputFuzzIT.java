package se.ebba.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import se.ebba.support.Api;
import se.ebba.support.EbbaIntegrationTest;
import se.ebba.support.WebSession;

/**
 * Sends malformed values (NUL and other control characters, 200 000 characters, huge numbers,
 * wrong JSON types, nulls in arrays, absurd dates) to every form and every API endpoint, found
 * from Spring's handler mappings so that a new endpoint is covered without touching this test,
 * as a user who may use it. Values that no field accepts must be refused with 4xx and a Swedish
 * message (an error summary, or problem details naming the field); values wrong for typed fields (a
 * huge number, an absurd date, "not-a-uuid"), sent in those fields, must never answer 500; and
 * nothing may be saved.
 * Seeded: a failure reproduces.
 */
@EbbaIntegrationTest
class MalformedInputFuzzIT {

    static final long SEED = 20_261_123L;
    /**
     * Tables that legitimately grow while the fuzzer reads pages: the access log and its seals, the
     * record of refused logins (a malformed login is a failed login), and the bookkeeping of keys and events.
     */
    static final Set<String> GROWING = Set.of("access_log", "access_log_seal", "login_attempt", "idempotency_key",
            "event_publication", "event_publication_archive", "flyway_schema_history");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    final Random random = new Random(SEED);
    final List<String> failures = new ArrayList<>();
    final Map<String, WebSession> sessions = new LinkedHashMap<>();

    /** Refused by every field, whatever it holds. */
    List<Map.Entry<String, String>> universal() {
        StringBuilder control = new StringBuilder("ctl");
        for (int i = 0; i < 3; i++) {
            control.append((char) (1 + random.nextInt(8)));
        }
        return List.of(Map.entry("NUL", "Anna\u0000Berg"), Map.entry("control", control.toString()),
                Map.entry("200 000 chars", "x".repeat(200_000)));
    }

    /** Wrong for the fields they are meant for (numbers, dates, ids, choices), possibly fine as text elsewhere. */
    List<Map.Entry<String, String>> typed() {
        List<Map.Entry<String, String>> all = new ArrayList<>(List.of(Map.entry("huge number", "99999999999999999999999"),
                Map.entry("min long - 1", "-9223372036854775809"), Map.entry("year +999999999", "+999999999-01-01"),
                Map.entry("year 0", "0000-01-01"), Map.entry("month 13", "2025-13-45"), Map.entry("not an id", "not-a-uuid"),
                Map.entry("fraction", "12.5")));
        java.util.Collections.shuffle(all, random);
        return all.subList(0, 4);
    }

    record Endpoint(String method, String pattern, HandlerMethod handler) {
        String label() {
            return method + " " + pattern;
        }
    }

    @Test
    void malformedInputToEveryFormAndEveryApiEndpointIsRefusedWithoutAServerErrorAndNothingIsSaved() {
        Map<String, String> ids = knownIds();
        List<Endpoint> endpoints = endpoints();
        assertThat(endpoints).as("endpoints found").hasSizeGreaterThan(20);
        Map<String, Set<String>> formFields = harvestForms(endpoints, ids);
        Map<String, Long> before = rowCounts();

        int requests = 0;
        for (Endpoint e : endpoints) {
            String path = fill(e.pattern(), ids);
            if (e.pattern().startsWith("/api/")) {
                requests += fuzzApi(e, path);
            } else {
                requests += fuzzPage(e, path, formFields.getOrDefault(path, Set.of()), universal(), true);
            }
        }
        assertThat(rowCounts()).as("row counts of every table (nothing saved)").isEqualTo(before);

        // Values wrong for typed fields (numbers, dates, ids, choices), sent in those fields only: never a server error.
        for (Endpoint e : endpoints) {
            if (!e.pattern().startsWith("/api/")) {
                String path = fill(e.pattern(), ids);
                Set<String> typedFields = formFields.getOrDefault(path, Set.of()).stream().filter(f -> TYPED_FIELD.matcher(f).matches())
                        .collect(Collectors.toCollection(LinkedHashSet::new));
                declaredParameters(e.handler()).stream().filter(f -> TYPED_FIELD.matcher(f).matches()).forEach(typedFields::add);
                if (!typedFields.isEmpty()) {
                    requests += fuzzFields(e, path, typedFields, typed(), false);
                }
            }
        }
        assertThat(failures).as(failures.size() + " of " + requests + " requests misbehaved").isEmpty();
        assertThat(rowCounts()).as("row counts of every table after typed values (nothing saved)").isEqualTo(before);
    }

    // ------------------------------------------------------------------ endpoints and users

    List<Endpoint> endpoints() {
        List<Endpoint> list = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> m : mappings.getHandlerMethods().entrySet()) {
            if (!m.getValue().getBeanType().getPackageName().startsWith("se.ebba")) {
                continue;
            }
            Set<RequestMethod> methods = m.getKey().getMethodsCondition().getMethods();
            for (String pattern : m.getKey().getPatternValues()) {
                if (pattern.equals("/login") || pattern.equals("/") || pattern.equals("/logout")) {
                    continue;
                }
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    list.add(new Endpoint(method.name(), pattern, m.getValue()));
                }
            }
        }
        list.sort(java.util.Comparator.comparing(Endpoint::label));
        return list;
    }

    static String userFor(String path) {
        if (path.startsWith("/admin")) {
            return "admin";
        }
        if (path.startsWith("/atkomstlogg") || path.startsWith("/behorigheter")) {
            return "chef.ost";
        }
        if (path.startsWith("/arendefordelning") || path.startsWith("/beslut-att-fatta")) {
            return "teamledare.ost";
        }
        if (path.startsWith("/hushall") || path.startsWith("/mottagning") || path.equals("/api/v1/cases")) {
            return "mottagning.ost";
        }
        return "handlaggare.ost";
    }

    WebSession session(String user) {
        return sessions.computeIfAbsent(user, u -> WebSession.loggedIn(u, port));
    }

    Map<String, String> knownIds() {
        Map<String, String> ids = new LinkedHashMap<>();
        UUID unit = jdbc.sql("select id from unit where code = 'OSTERMALM'").query(UUID.class).single();
        ids.put("unit", unit.toString());
        ids.put("year", "2025");
        jdbc.sql("""
                select d.case_id, d.application_id, d.id from decision d join assistance_case c on c.id = d.case_id
                where c.unit_id = :u order by d.decided_at limit 1""").param("u", unit)
                .query((rs, n) -> Map.of("id", rs.getString(1), "app", rs.getString(2), "decision", rs.getString(3)))
                .optional().ifPresent(ids::putAll);
        if (!ids.containsKey("id")) {
            jdbc.sql("""
                    select a.case_id, a.id from application a join assistance_case c on c.id = a.case_id
                    where c.unit_id = :u limit 1""").param("u", unit)
                    .query((rs, n) -> Map.of("id", rs.getString(1), "app", rs.getString(2))).optional().ifPresent(ids::putAll);
        }
        if (!ids.containsKey("id")) {
            ids.put("id", jdbc.sql("select id from assistance_case where unit_id = :u limit 1").param("u", unit).query(String.class).single());
        }
        if (ids.containsKey("decision")) {
            jdbc.sql("select id from appeal where decision_id = :d limit 1").param("d", UUID.fromString(ids.get("decision")))
                    .query(String.class).optional().ifPresent(a -> ids.put("appeal", a));
        }
        ids.put("caseId", ids.get("id"));
        return ids;
    }

    static String fill(String pattern, Map<String, String> ids) {
        Matcher m = Pattern.compile("\\{([^}]+)}").matcher(pattern);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, ids.getOrDefault(m.group(1), UUID.randomUUID().toString()));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    // ------------------------------------------------------------------ pages

    static final Pattern FORM = Pattern.compile("(?s)<form\\b([^>]*)>(.*?)</form>");
    static final Pattern ACTION = Pattern.compile("action=\"([^\"]*)\"");
    static final Pattern NAME = Pattern.compile("name=\"([^\"]+)\"");

    /** The field names of the forms on every page, by the path they post to. */
    Map<String, Set<String>> harvestForms(List<Endpoint> endpoints, Map<String, String> ids) {
        Map<String, Set<String>> fields = new TreeMap<>();
        for (Endpoint e : endpoints) {
            if (!e.method().equals("GET") || e.pattern().startsWith("/api/") || e.pattern().endsWith(".pdf") || e.pattern().endsWith(".csv")) {
                continue;
            }
            String path = fill(e.pattern(), ids);
            WebSession.Page page = session(userFor(path)).get(path);
            Matcher form = FORM.matcher(page.body());
            while (form.find()) {
                Matcher action = ACTION.matcher(form.group(1));
                String target = action.find() ? action.group(1).replace("&amp;", "&").replaceAll("\\?.*", "") : path;
                Matcher name = NAME.matcher(form.group(2));
                while (name.find()) {
                    if (!name.group(1).startsWith("_")) {
                        fields.computeIfAbsent(target, k -> new LinkedHashSet<>()).add(name.group(1));
                    }
                }
            }
        }
        return fields;
    }

    /** The parameters a page handler reads: its @RequestParam names and the properties of its form object. */
    static Set<String> declaredParameters(HandlerMethod handler) {
        Set<String> names = new LinkedHashSet<>();
        for (MethodParameter p : handler.getMethodParameters()) {
            RequestParam rp = p.getParameterAnnotation(RequestParam.class);
            if (rp != null && !Map.class.isAssignableFrom(p.getParameterType())) {
                String name = !rp.name().isEmpty() ? rp.name() : !rp.value().isEmpty() ? rp.value() : p.getParameterName();
                if (name != null) {
                    names.add(name);
                }
            }
            if (p.hasParameterAnnotation(ModelAttribute.class)) {
                properties(p.getParameterType(), "", names, 0);
            }
        }
        return names;
    }

    static void properties(Class<?> type, String prefix, Set<String> names, int depth) {
        for (Field f : type.getDeclaredFields()) {
            if (java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                continue;
            }
            Class<?> t = f.getType();
            if (t == String.class || t.isPrimitive() || Number.class.isAssignableFrom(t) || t == Boolean.class) {
                names.add(prefix + f.getName());
            } else if (Collection.class.isAssignableFrom(t) && depth < 2) {
                Class<?> element = elementType(f.getGenericType());
                if (element != null && element != String.class) {
                    properties(element, prefix + f.getName() + "[0].", names, depth + 1);
                } else {
                    names.add(prefix + f.getName());
                }
            } else if (depth < 2 && t.getPackageName().startsWith("se.ebba")) {
                properties(t, prefix + f.getName() + ".", names, depth + 1);
            }
        }
    }

    /** Field names that hold numbers, dates, ids or choices rather than free text. */
    static final Pattern TYPED_FIELD = Pattern.compile(
            "(?i).*(amount|day|date|from|month|manad|fran|till|unit|enhet|id|version|year|min|max|member|size|caseworker|granted"
                    + "|state|type|role|kind|outcome|method|rattar|ansokan|utanfor).*");

    int fuzzPage(Endpoint e, String path, Set<String> harvested, List<Map.Entry<String, String>> values, boolean mustRefuse) {
        Set<String> fields = new LinkedHashSet<>(declaredParameters(e.handler()));
        fields.addAll(harvested);
        if (fields.isEmpty()) {
            return 0;
        }
        return fuzzFields(e, path, fields, values, mustRefuse);
    }

    int fuzzFields(Endpoint e, String path, Set<String> fields, List<Map.Entry<String, String>> values, boolean mustRefuse) {
        WebSession session = session(userFor(path));
        for (Map.Entry<String, String> value : values) {
            check(e, value.getKey(), send(session, e, path, fields, value.getValue()), mustRefuse);
        }
        return values.size();
    }

    WebSession.Page send(WebSession session, Endpoint e, String path, Set<String> fields, String value) {
        List<Map.Entry<String, String>> form = fields.stream().map(f -> Map.entry(f, value)).toList();
        if (e.method().equals("GET")) {
            String query = form.stream().map(p -> enc(p.getKey()) + "=" + enc(p.getValue())).collect(Collectors.joining("&"));
            return session.get(path + "?" + query);
        }
        return session.post(path, form);
    }

    void check(Endpoint e, String what, WebSession.Page page, boolean mustRefuse) {
        String problem = null;
        if (page.status() >= 500) {
            problem = "server error";
        } else if (mustRefuse && (page.status() < 400 || page.status() >= 500)) {
            problem = "not refused";
        } else if (mustRefuse && !(page.body().contains("lang=\"sv\"") && (page.body().contains("error-summary")
                || page.body().contains("finns inte") || page.body().contains("behörighet")))) {
            problem = "no Swedish error summary";
        }
        if (problem != null) {
            failures.add(e.label() + " with " + what + ": " + problem + " (" + page.status() + ") "
                    + page.body().replaceAll("\\s+", " ").substring(0, Math.min(200, page.body().length())));
        }
    }

    // ------------------------------------------------------------------ API

    int fuzzApi(Endpoint e, String path) {
        Api api = Api.as(userFor(e.pattern()), port);
        int sent = 0;
        Class<?> bodyType = null;
        Type bodyGeneric = null;
        for (MethodParameter p : e.handler().getMethodParameters()) {
            if (p.hasParameterAnnotation(RequestBody.class)) {
                bodyType = p.getParameterType();
                bodyGeneric = p.getGenericParameterType();
            }
        }
        if (e.pattern().contains("{")) {
            // a path variable that is no id
            String bad = e.pattern().replaceAll("\\{[^}]+}", "not-a-uuid");
            checkApi(e, "path not an id", e.method().equals("POST") ? api.post(bad, "{}") : api.get(bad));
            sent++;
        }
        if (bodyType == null) {
            return sent;
        }
        List<Map.Entry<String, Function<Kind, String>>> variants = List.of(
                Map.entry("wrong JSON types", k -> switch (k) {
                    case TEXT -> "true";
                    case NUMBER -> "\"12\"";
                    case BOOL -> "1";
                    case DATE -> "20250101";
                    case LIST -> "[null]";
                }),
                Map.entry("NUL and fractions", k -> switch (k) {
                    case TEXT -> "\"a\\u0000b\"";
                    case NUMBER -> "1.5";
                    case BOOL -> "\"true\"";
                    case DATE -> "\"0000-01-01\"";
                    case LIST -> "[null, null]";
                }),
                Map.entry("200 000 chars and huge numbers", k -> switch (k) {
                    case TEXT -> "\"" + "x".repeat(200_000) + "\"";
                    case NUMBER -> "1000000000000000000000000000000";
                    case BOOL -> "null";
                    case DATE -> "\"+999999999-01-01\"";
                    case LIST -> null;
                }),
                Map.entry("control characters and min long", k -> switch (k) {
                    case TEXT -> "\"bell\\u0007\"";
                    case NUMBER -> "-9223372036854775809";
                    case BOOL -> "\"ja\"";
                    case DATE -> "\"2025-13-45\"";
                    case LIST -> null;
                }));
        for (Map.Entry<String, Function<Kind, String>> v : variants) {
            checkApi(e, v.getKey(), api.post(path, json(bodyType, bodyGeneric, v.getValue(), 0)));
            sent++;
        }
        for (String raw : List.of("null", "[]", "\"x\"", "{", "{\"unknownField\": 1}", "")) {
            checkApi(e, "body " + raw, api.post(path, raw));
            sent++;
        }
        return sent;
    }

    enum Kind { TEXT, NUMBER, BOOL, DATE, LIST }

    /** A JSON object for the record type with every value replaced as the variant says. */
    static String json(Class<?> type, Type generic, Function<Kind, String> variant, int depth) {
        if (type == String.class || type == UUID.class || type.isEnum()) {
            return variant.apply(Kind.TEXT);
        }
        if (type == LocalDate.class) {
            return variant.apply(Kind.DATE);
        }
        if (type == Boolean.class || type == boolean.class) {
            return variant.apply(Kind.BOOL);
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive())) {
            return variant.apply(Kind.NUMBER);
        }
        if (Collection.class.isAssignableFrom(type)) {
            String list = variant.apply(Kind.LIST);
            if (list != null) {
                return list;
            }
            Class<?> element = elementType(generic);
            return element == null || depth > 3 ? "[1]" : "[" + json(element, element, variant, depth + 1) + "]";
        }
        if (type.isRecord() && depth <= 3) {
            List<String> fields = new ArrayList<>();
            for (RecordComponent c : type.getRecordComponents()) {
                fields.add("\"" + c.getName() + "\": " + json(c.getType(), c.getGenericType(), variant, depth + 1));
            }
            return "{" + String.join(", ", fields) + "}";
        }
        return "{}";
    }

    static Class<?> elementType(Type generic) {
        if (generic instanceof ParameterizedType pt && pt.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        return null;
    }

    void checkApi(Endpoint e, String what, Api.Response r) {
        String problem = null;
        if (r.status() >= 500) {
            problem = "server error";
        } else if (r.status() < 400) {
            problem = "not refused";
        } else if (!r.contentType().contains("application/problem+json")) {
            problem = "not problem+json: " + r.contentType();
        } else {
            var body = r.json();
            String title = body.path("title").asString("");
            if (title.isBlank() || title.matches(".*(Bad Request|Not Found|Unprocessable|Method Not).*")) {
                problem = "title not Swedish: " + title;
            } else if (r.status() == 400) {
                var errors = body.get("errors");
                if (errors == null || errors.isEmpty()) {
                    problem = "no errors array";
                } else {
                    for (var error : errors) {
                        if (!error.has("field") || error.path("message").asString("").isBlank()
                                || error.path("message").asString("").matches("(?s).*(Cannot|JSON parse|deserialize).*")) {
                            problem = "error without field or Swedish message: " + error;
                        }
                    }
                }
            }
        }
        if (problem != null) {
            failures.add(e.label() + " with " + what + ": " + problem + " (" + r.status() + ") "
                    + r.body().substring(0, Math.min(300, r.body().length())));
        }
    }

    // ------------------------------------------------------------------ nothing saved

    Map<String, Long> rowCounts() {
        List<String> tables = jdbc.sql("select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'")
                .query(String.class).list();
        Map<String, Long> counts = new TreeMap<>();
        for (String table : tables) {
            if (!GROWING.contains(table)) {
                counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
            }
        }
        return counts;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
