package se.ebba.demo.persistence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import se.ebba.calculation.domain.CalculationInput;
import se.ebba.calculation.domain.CalculationResult;
import se.ebba.calculation.domain.Calculator;
import se.ebba.calculation.domain.CostType;
import se.ebba.calculation.domain.MemberRole;
import se.ebba.calculation.domain.RuleSet;
import se.ebba.casefile.domain.CaseNumber;
import se.ebba.demo.persistence.GeneratedMembers.Member;
import tools.jackson.databind.json.JsonMapper;

/**
 * The nation-size load of issue 9 (docs/performance.md, "Nation-size load"): {@code households}
 * fictitious households with ongoing cases in one generated unit, each with last month's granted
 * application, saved calculation (the real {@link Calculator}), decision and support month, so that
 * a monthly run can start from them. Written with PostgreSQL {@code COPY} (PgJDBC
 * {@link CopyManager}) in chunks, table by table in foreign-key order. Seeded: the same seed gives
 * the same people, personnummer (valid check digit, {@link Names}) and amounts; ids too.
 */
final class NationLoad {

    static final int CHUNK = 10_000;
    static final String[] TABLES = {
            "person (id, unit_id, personal_number, first_name, last_name, birth_date, protected_identity, street_address, postal_code, city, created_at)",
            "assistance_case (id, case_number, unit_id, state, responsible_caseworker_id, opened_at, last_activity_at)",
            "household_member (case_id, person_id, role)",
            "case_state_change (case_id, from_state, to_state, changed_at, changed_by, reason)",
            "case_assignment (case_id, caseworker_id, method, assigned_at, assigned_by, reason)",
            "application (id, case_id, kind, benefit_month, received_on, registered_at, registered_by, state)",
            "application_state_change (application_id, from_state, to_state, changed_at, changed_by, changed_by_name, reason)",
            "applied_item (id, application_id, position, kind, description, amount)",
            "saved_calculation (id, case_id, benefit_month, unit_id, norm_table_id, input, result, result_amount, created_at, created_by)",
            "decision (id, application_id, case_id, decision_date, law_code, ground, reasons, legal_basis, calculation_id, against_applicant, total_granted, decided_by, decided_by_name, decided_by_title, delegation, decided_at)",
            "decision_item (decision_id, applied_item_id, outcome, reference_amount, granted_amount)",
            "support_month (decision_id, case_id, benefit_month, livelihood_support_granted, replaces_decision_id, recorded_at)",
            "monthly_application_version (id, application_id, case_id, benefit_month, received_on, late, version_no, replaces_id, input, "
                    + "recorded_by, recorded_by_name, recorded_at)",
            "payment_account (id, case_id, recipient_kind, name, account_kind, clearing_number, account_number, rent_to_landlord, valid_from, "
                    + "reason, registered_by, registered_by_name, registered_at)"};
    static final String REASONS = "Du har rätt till försörjningsstöd enligt riksnormen och skäliga kostnader för boende och hushållsel.";

    /** Every how many households the rent changed in the run's month (so the application is not unchanged and a person decides). */
    static final int CHANGED_EVERY = 10;

    /** A caseworker of the unit, by id and name. */
    record Worker(UUID id, String name) {
    }

    /** The run month's application of a household, registered complete: what its completion event carries. */
    record Completed(UUID caseId, UUID applicationId, CalculationInput input, Instant completedAt) {
    }

    /** What was written: rows per table and the milliseconds it took. */
    record Result(Map<String, Long> rows, long millis, List<Completed> completed) {

        long totalRows() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private final UUID unit;
    private final Worker[] workers;
    private final UUID intake;
    private final RuleSet rules;
    private final String lawCode;
    private final String legalBasis;
    private final JsonMapper json;
    private final LocalDate today;
    private final YearMonth lastMonth;
    private final YearMonth runMonth;
    private final List<Completed> completed = new java.util.ArrayList<>();
    private final Random random;
    private final Set<String> personalNumbers = new HashSet<>();
    private final Map<String, Long> counts = new LinkedHashMap<>();
    private final Map<String, StringBuilder> buffers = new LinkedHashMap<>();
    private int caseSequence;

    NationLoad(UUID unit, Worker[] workers, UUID intake, RuleSet rules, String lawCode, String legalBasis, JsonMapper json, LocalDate today,
               long seed, int firstCaseSequence) {
        this.unit = unit;
        this.workers = workers;
        this.intake = intake;
        this.rules = rules;
        this.lawCode = lawCode;
        this.legalBasis = legalBasis;
        this.json = json;
        this.today = today;
        this.lastMonth = YearMonth.from(today);
        this.runMonth = lastMonth.plusMonths(1);
        this.random = new Random(seed);
        this.caseSequence = firstCaseSequence;
    }

    /** Generates and copies the households; returns the rows per table and the time, generation and COPY together. */
    Result write(Connection connection, int households) throws SQLException, IOException {
        long started = System.nanoTime();
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        for (int done = 0; done < households; done += CHUNK) {
            for (int i = done; i < Math.min(households, done + CHUNK); i++) {
                household(workers[i % workers.length]);
            }
            for (String table : TABLES) {
                StringBuilder rows = buffers.remove(table);
                if (rows != null) {
                    copy.copyIn("copy " + table + " from stdin", new java.io.ByteArrayInputStream(rows.toString().getBytes(StandardCharsets.UTF_8)));
                }
            }
        }
        return new Result(counts, (System.nanoTime() - started) / 1_000_000, List.copyOf(completed));
    }

    /** The last case number used, for the counter. */
    int lastCaseSequence() {
        return caseSequence;
    }

    private void household(Worker worker) {
        LocalDate opened = lastMonth.atDay(1).minusDays(30 + random.nextInt(700));
        UUID caseId = id();
        List<Member> members = members();
        Instant openedAt = at(opened, 9);
        LocalDate referred = opened.plusDays(14);
        for (Member m : members) {
            String street = m.adult() ? Names.street(random) : null;
            row(0, m.id(), unit, m.pnr(), m.first(), m.last(), m.birth(), false, street, street == null ? null : Names.postalCode(random),
                    street == null ? null : "Rikslast", openedAt);
        }
        LocalDate received = lastMonth.atDay(1).minusDays(8);
        Instant decidedAt = at(received.plusDays(4), 14);
        row(1, caseId, CaseNumber.of(YearMonth.from(today).getYear(), ++caseSequence).value(), unit, "OPEN_ONGOING", worker.id(), openedAt,
                decidedAt);
        for (Member m : members) {
            row(2, caseId, m.id(), m.role());
        }
        row(3, caseId, null, "OPEN_INTAKE", openedAt, intake, "Ärendet aktualiserat");
        row(3, caseId, "OPEN_INTAKE", "OPEN_ONGOING", at(referred, 10), worker.id(), "Remitterad till utredningsgruppen");
        row(4, caseId, worker.id(), "TEAM_LEAD", at(opened, 10), intake, "Fördelad av teamledaren");

        UUID application = id();
        UUID item = id();
        row(5, application, caseId, "MONTHLY", lastMonth.atDay(1), received, at(received, 11), worker.id(), "DECIDED");
        row(6, application, null, "RECEIVED", at(received, 11), worker.id(), worker.name(), "Ansökan registrerad");
        row(6, application, "RECEIVED", "DECIDED", decidedAt, worker.id(), worker.name(), "Beslut fattat");
        row(7, item, application, 1, "LIVELIHOOD_SUPPORT", "Försörjningsstöd", null);

        int rent = 3800 + random.nextInt(60) * 100;
        CalculationInput input = new CalculationInput(lastMonth,
                members.stream().map(m -> new CalculationInput.Member(MemberRole.valueOf(m.role()), m.birth(), false, false)).toList(), null,
                List.of(new CalculationInput.Cost(CostType.HOUSING, rent), new CalculationInput.Cost(CostType.ELECTRICITY, 350)), null, null, null);
        CalculationResult result = Calculator.calculate(input, rules);
        long granted = Math.max(0, result.result());
        UUID calculation = id();
        row(8, calculation, caseId, lastMonth.atDay(1), unit, rules.normTable().id(), json.writeValueAsString(input),
                json.writeValueAsString(result), granted, decidedAt.minusSeconds(1800), worker.id());
        UUID decision = id();
        row(9, decision, application, caseId, received.plusDays(4), lawCode, "NEED_ASSESSMENT", REASONS, legalBasis, calculation, false, granted,
                worker.id(), worker.name(), "Socialsekreterare", "Delegationsordningen 3.2", decidedAt);
        row(10, decision, item, "GRANTED", granted, granted);
        row(11, decision, caseId, lastMonth.atDay(1), granted > 0, null, decidedAt);
        row(13, id(), caseId, "APPLICANT", members.getFirst().first() + " " + members.getFirst().last(), "BANK_ACCOUNT", "5001", "1234563",
                false, opened, "Kontobevis från banken", worker.id(), worker.name(), openedAt);
        nextMonth(caseId, worker, household(input, rent));
    }

    /** The run month's input: last month's moved on, every tenth household's rent raised (a change a person must look at). */
    private CalculationInput household(CalculationInput last, int rent) {
        boolean changed = caseSequence % CHANGED_EVERY == 0;
        return new CalculationInput(runMonth, last.members(), null, List.of(new CalculationInput.Cost(CostType.HOUSING, changed ? rent + 200 : rent),
                new CalculationInput.Cost(CostType.ELECTRICITY, 350)), null, null, null);
    }

    /**
     * The run month's application as the payment officer registered it, complete, inside the
     * application window (the 12th of the month before): the application, its state history and
     * item, and the monthly version with the facts. The proposal, decision and payment are the run's.
     */
    private void nextMonth(UUID caseId, Worker worker, CalculationInput input) {
        LocalDate received = lastMonth.atDay(Math.min(12, today.getDayOfMonth()));
        Instant registeredAt = at(received, 10);
        UUID application = id();
        row(5, application, caseId, "MONTHLY", runMonth.atDay(1), received, registeredAt, worker.id(), "COMPLETE");
        row(6, application, null, "RECEIVED", registeredAt, worker.id(), worker.name(), "Ansökan registrerad");
        row(6, application, "RECEIVED", "COMPLETE", registeredAt, worker.id(), worker.name(), "Alla uppgifter och underlag i månadsansökan finns");
        row(7, id(), application, 1, "LIVELIHOOD_SUPPORT", "Försörjningsstöd", null);
        row(12, id(), application, caseId, runMonth.atDay(1), received, false, 1, null, json.writeValueAsString(input), worker.id(), worker.name(),
                registeredAt);
        completed.add(new Completed(caseId, application, input, registeredAt));
    }

    private List<Member> members() {
        return GeneratedMembers.household(random, today, personalNumbers, this::id);
    }

    /** A version-4 UUID from the seeded generator, so that ids are the same in every run. */
    private UUID id() {
        return new UUID((random.nextLong() & ~0xF000L) | 0x4000L, (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
    }

    private void row(int table, Object... values) {
        StringBuilder line = buffers.computeIfAbsent(TABLES[table], t -> new StringBuilder(1 << 20));
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append('\t');
            }
            appendCopyText(line, values[i]);
        }
        line.append('\n');
        counts.merge(TABLES[table].substring(0, TABLES[table].indexOf(' ')), 1L, Long::sum);
    }

    /** One value in COPY's text format: \N for null, backslash escapes for the characters that separate fields and rows. */
    static void appendCopyText(StringBuilder line, Object value) {
        if (value == null) {
            line.append("\\N");
            return;
        }
        String text = value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC).toString() : value.toString();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(c);
            }
        }
    }

    private static Instant at(LocalDate date, int hour) {
        return date.atTime(LocalTime.of(hour, 0)).toInstant(ZoneOffset.UTC);
    }

}
