package se.ebba.demo.persistence;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import se.ebba.calculation.RuleTables;
import se.ebba.calculation.domain.CalculationInput;
import se.ebba.calculation.domain.CalculationResult;
import se.ebba.calculation.domain.Calculator;
import se.ebba.calculation.domain.CostType;
import se.ebba.calculation.domain.MemberRole;
import se.ebba.calculation.domain.RuleSet;
import se.ebba.casefile.domain.CaseNumber;
import se.ebba.appeal.domain.AppealDeadline;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.domain.UnitId;
import se.ebba.demo.persistence.GeneratedMembers.Member;
import se.ebba.journal.domain.JournalEntryType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the generated households of the load-test unit in JDBC batches: people, cases with their
 * state and assignment history, journal entries, applications, saved calculations (computed by the
 * real {@link Calculator} against the month's rules), decisions and notifications. Seeded, so every
 * generation is the same.
 */
final class LoadTestHouseholds {

    static final String PARTIAL_REASONS = "Hyran är högre än vad som är skäligt för hushållets storlek enligt nämndens riktlinjer. "
            + "Du beviljas därför bistånd till boendekostnad upp till den skäliga nivån. Du har fått information om att söka en billigare bostad.";
    private static final String[] JOURNAL_SENTENCES = {
            "Telefonsamtal med sökande om komplettering av ansökan.",
            "Kontoutdrag för de senaste tre månaderna och hyresavi har kommit in; underlaget är komplett.",
            "Besök på kontoret. Genomgång av hushållets budget och planering inför nästa månad.",
            "Sökande är inskriven hos Arbetsförmedlingen och deltar i ett rustande program tre dagar i veckan.",
            "Ärendedragning med arbetsledaren: fortsatt försörjningsstöd enligt norm bedöms.",
            "Samtycke till kontakt med Försäkringskassan och Arbetsförmedlingen undertecknat.",
            "Brev skickat med begäran om komplettering: lönespecifikation och besked om bostadsbidrag saknas.",
            "Hembesök genomfört tillsammans med kollega. Bostaden motsvarar uppgifterna i ansökan.",
            "Sökande berättar att hyresvärden har aviserat en hyreshöjning från nästa kvartal.",
            "Planering: sökande ska söka minst fem arbeten per vecka och redovisa dem vid nästa besök.",
            "Uppföljning av den planerade insatsen. Sökande har deltagit enligt överenskommelse.",
            "Sökande har fått information om rätten att överklaga och om hur beslutet delges."};
    private static final JournalEntryType[] TYPES = {JournalEntryType.NOTE, JournalEntryType.PHONE_CALL, JournalEntryType.MEETING,
            JournalEntryType.LETTER, JournalEntryType.CASE_CONFERENCE, JournalEntryType.HOME_VISIT};

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final RuleTables ruleTables;
    private final UnitId unit;
    private final LoadTestUnit.Staff staff;
    private final LoadTestUnit.Templates templates;
    private final LocalDate today;
    private final Random random = new Random(7);
    private final Set<String> personalNumbers = new HashSet<>();
    private final Map<Integer, Integer> caseNumbers = new HashMap<>();
    private final Map<YearMonth, RuleSet> rules = new HashMap<>();
    private final Map<String, List<Object[]>> rows = new HashMap<>();

    LoadTestHouseholds(JdbcTemplate jdbc, JsonMapper json, RuleTables ruleTables, Clock clock, UnitId unit, LoadTestUnit.Staff staff,
                       LoadTestUnit.Templates templates) {
        this.jdbc = jdbc;
        this.json = json;
        this.ruleTables = ruleTables;
        this.unit = unit;
        this.staff = staff;
        this.templates = templates;
        this.today = LocalDate.now(clock);
    }

    /** Writes {@code total} households less the two templates already made. */
    void write(int total) {
        jdbc.query("select year, last_value from case_number_counter", rs -> {
            caseNumbers.put(rs.getInt(1), rs.getInt(2));
        });
        for (int i = 2; i < total; i++) {
            household(staff.caseworkers()[i % staff.caseworkers().length]);
        }
        flush("insert into person (id, unit_id, personal_number, first_name, last_name, birth_date, protected_identity, street_address, postal_code, city, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        flush("insert into assistance_case (id, case_number, unit_id, state, responsible_caseworker_id, opened_at, last_activity_at) values (?, ?, ?, ?, ?, ?, ?)");
        flush("insert into household_member (case_id, person_id, role) values (?, ?, ?)");
        flush("insert into case_state_change (case_id, from_state, to_state, changed_at, changed_by, reason) values (?, ?, ?, ?, ?, ?)");
        flush("insert into case_assignment (case_id, caseworker_id, method, assigned_at, assigned_by, reason) values (?, ?, 'TEAM_LEAD', ?, ?, 'Fördelad av teamledaren')");
        flush("insert into journal_entry (id, case_id, entry_date, entry_type, text, author_id, author_name, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)");
        flush("insert into application (id, case_id, kind, benefit_month, received_on, registered_at, registered_by, state) values (?, ?, ?, ?, ?, ?, ?, ?)");
        flush("insert into application_state_change (application_id, from_state, to_state, changed_at, changed_by, changed_by_name, reason) values (?, ?, ?, ?, ?, ?, ?)");
        flush("insert into applied_item (id, application_id, position, kind, description, amount) values (?, ?, ?, ?, ?, ?)");
        flush("insert into saved_calculation (id, case_id, benefit_month, unit_id, norm_table_id, input, result, result_amount, created_at, created_by) values (?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?, ?)");
        flush("insert into decision (id, application_id, case_id, decision_date, law_code, ground, reasons, legal_basis, calculation_id, against_applicant, total_granted, decided_by, decided_by_name, decided_by_title, delegation, decided_at) values (?, ?, ?, ?, ?, 'NEED_ASSESSMENT', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        flush("insert into decision_item (decision_id, applied_item_id, outcome, reference_amount, granted_amount) values (?, ?, ?, ?, ?)");
        flush("insert into support_month (decision_id, case_id, benefit_month, livelihood_support_granted, replaces_decision_id, recorded_at) values (?, ?, ?, ?, null, ?)");
        flush("insert into decision_notification (id, decision_id, notified_on, method, appeal_last_day, recorded_at, recorded_by, recorded_by_name) values (?, ?, ?, 'POST', ?, ?, ?, ?)");
        caseNumbers.forEach((year, last) -> jdbc.update("""
                insert into case_number_counter (year, last_value) values (?, ?)
                on conflict (year) do update set last_value = greatest(case_number_counter.last_value, excluded.last_value)""", year, last));
    }

    private void household(CurrentUser worker) {
        LocalDate opened = today.minusDays(random.nextInt(900));
        double kind = random.nextDouble();
        String state = kind < 0.10 ? "CLOSED" : kind < 0.45 ? "OPEN_INTAKE" : "OPEN_ONGOING";
        UUID caseId = UUID.randomUUID();
        List<Member> members = members();
        Member applicant = members.getFirst();
        Instant openedAt = at(opened, 9);
        Instant lastActivity = openedAt;

        for (Member m : members) {
            boolean prot = random.nextInt(100) == 0;
            String street = m.adult() ? Names.street(random) : null;
            add("person", m.id(), unit.value(), m.pnr(), m.first(), m.last(), m.birth(), prot, street, street == null ? null : Names.postalCode(random),
                    street == null ? null : "Lasttest", utc(openedAt));
        }
        int year = opened.getYear();
        int sequence = caseNumbers.merge(year, 1, Integer::sum);
        List<Object> caseRow = new ArrayList<>(List.of(caseId, CaseNumber.of(year, sequence).value(), unit.value(), state,
                worker.id().value(), utc(openedAt)));
        for (Member m : members) {
            add("household_member", caseId, m.id(), m.role());
        }
        add("case_state_change", caseId, null, "OPEN_INTAKE", utc(openedAt), staff.intake().id().value(), "Ärendet aktualiserat");
        add("case_assignment", caseId, worker.id().value(), utc(openedAt.plusSeconds(3600)), staff.teamLead().id().value());
        LocalDate closedOn = null;
        if (!state.equals("OPEN_INTAKE")) {
            LocalDate referred = min(opened.plusDays(14), today);
            add("case_state_change", caseId, "OPEN_INTAKE", "OPEN_ONGOING", utc(at(referred, 10)), worker.id().value(),
                    "Remitterad till utredningsgruppen med komplett beslutsunderlag");
            lastActivity = max(lastActivity, at(referred, 10));
            if (state.equals("CLOSED")) {
                closedOn = min(referred.plusDays(30 + random.nextInt(300)), today);
                add("case_state_change", caseId, "OPEN_ONGOING", "CLOSED", utc(at(closedOn, 15)), worker.id().value(),
                        "Har fått arbete och är självförsörjande");
                lastActivity = max(lastActivity, at(closedOn, 15));
            }
        }
        LocalDate lastDay = closedOn == null ? today : closedOn;
        int entries = 2 + random.nextInt(11);
        long span = Math.max(1, ChronoUnit.DAYS.between(opened, lastDay));
        for (int e = 0; e < entries; e++) {
            LocalDate date = opened.plusDays(random.nextLong(span + 1));
            Instant recorded = at(date, 8 + random.nextInt(9));
            add("journal_entry", UUID.randomUUID(), caseId, date, TYPES[random.nextInt(TYPES.length)].name(), journalText(),
                    worker.id().value(), worker.displayName(), utc(recorded));
            lastActivity = max(lastActivity, recorded);
        }
        if (!state.equals("OPEN_INTAKE") || random.nextInt(10) < 3) {
            lastActivity = max(lastActivity, applications(caseId, members, worker, opened, lastDay, state.equals("CLOSED")));
        }
        caseRow.add(utc(lastActivity));
        add("assistance_case", caseRow.toArray());
    }

    /** One to four monthly applications ending with the month of the last activity; most of them decided. */
    private Instant applications(UUID caseId, List<Member> members, CurrentUser worker, LocalDate opened, LocalDate lastDay,
                                 boolean closed) {
        YearMonth last = YearMonth.from(lastDay);
        YearMonth first = YearMonth.from(opened);
        int count = 1 + random.nextInt(4);
        Instant latest = Instant.EPOCH;
        int rent = 3800 + random.nextInt(60) * 100;
        for (int k = count - 1; k >= 0; k--) {
            YearMonth month = last.minusMonths(k);
            if (month.isBefore(first) || month.isBefore(YearMonth.from(today).minusMonths(10))) {
                continue;
            }
            LocalDate received = max(month.atDay(1).minusDays(8), opened);
            if (received.isAfter(today)) {
                continue;
            }
            UUID app = UUID.randomUUID();
            String kind = k == count - 1 ? "FIRST" : "MONTHLY";
            add("application_state_change", app, null, "RECEIVED", utc(at(received, 11)), worker.id().value(), worker.displayName(),
                    "Ansökan registrerad");
            UUID livelihood = UUID.randomUUID();
            add("applied_item", livelihood, app, 1, "LIVELIHOOD_SUPPORT", templates.granted().get("description"), null);
            UUID other = null;
            long otherAmount = 0;
            if (random.nextInt(100) < 15) {
                other = UUID.randomUUID();
                otherAmount = 800 + random.nextInt(30) * 100;
                add("applied_item", other, app, 2, "OTHER_NEEDS", "Tandvård", otherAmount);
            }
            latest = max(latest, at(received, 11));
            boolean pending = !closed && k == 0 && random.nextInt(10) < 3;
            LocalDate decided = min(received.plusDays(4 + random.nextInt(6)), today);
            if (pending || rulesFor(month) == null) {
                add("application", app, caseId, kind, month.atDay(1), received, utc(at(received, 11)), worker.id().value(), "RECEIVED");
                continue;
            }
            Instant handled = decide(caseId, app, livelihood, other, otherAmount, members, worker, month, decided, rent);
            boolean notified = handled.isAfter(at(decided, 14));
            add("application", app, caseId, kind, month.atDay(1), received, utc(at(received, 11)), worker.id().value(),
                    notified ? "NOTIFIED" : "DECIDED");
            latest = max(latest, handled);
        }
        return latest;
    }

    private Instant decide(UUID caseId, UUID app, UUID livelihood, UUID other, long otherAmount, List<Member> members,
                           CurrentUser worker, YearMonth month, LocalDate decided, int rent) {
        RuleSet ruleSet = rulesFor(month);
        List<CalculationInput.Member> calcMembers = members.stream()
                .map(m -> new CalculationInput.Member(MemberRole.valueOf(m.role()), m.birth(), false, false))
                .toList();
        CalculationInput input = new CalculationInput(month, calcMembers, null,
                List.of(new CalculationInput.Cost(CostType.HOUSING, rent), new CalculationInput.Cost(CostType.ELECTRICITY, 350)),
                null, null, null);
        CalculationResult result = Calculator.calculate(input, ruleSet);
        long reference = Math.max(0, result.result());
        Instant decidedAt = at(decided, 14);
        UUID calculation = UUID.randomUUID();
        add("saved_calculation", calculation, caseId, month.atDay(1), unit.value(), ruleSet.normTable().id(),
                json.writeValueAsString(input), json.writeValueAsString(result), (int) reference, utc(decidedAt.minusSeconds(1800)),
                worker.id().value());
        boolean partly = members.size() == 1 && reference > 3000 && random.nextInt(100) < 12;
        long granted = partly ? reference - 500 - random.nextInt(10) * 100 : reference;
        Map<String, Object> template = partly ? templates.partlyGranted() : templates.granted();
        UUID decision = UUID.randomUUID();
        add("decision", decision, app, caseId, decided, template.get("law_code"), template.get("reasons"), template.get("legal_basis"),
                calculation, partly, (int) (granted + otherAmount), worker.id().value(), worker.displayName(),
                template.get("decided_by_title"), template.get("delegation"), utc(decidedAt));
        add("decision_item", decision, livelihood, partly ? "PARTLY_GRANTED" : "GRANTED", (int) reference, (int) granted);
        add("application_state_change", app, "RECEIVED", "DECIDED", utc(decidedAt), worker.id().value(), worker.displayName(), "Beslut fattat");
        add("support_month", decision, caseId, month.atDay(1), granted > 0, utc(decidedAt));
        if (other != null) {
            add("decision_item", decision, other, "GRANTED", (int) otherAmount, (int) otherAmount);
        }
        LocalDate notified = decided.plusDays(3);
        if (!notified.isAfter(today) && random.nextInt(10) < 7) {
            add("decision_notification", UUID.randomUUID(), decision, notified,
                    AppealDeadline.from(notified, AppealDeadline.THREE_WEEKS).lastDay(), utc(at(notified, 13)), worker.id().value(),
                    worker.displayName());
            add("application_state_change", app, "DECIDED", "NOTIFIED", utc(at(notified, 13)), worker.id().value(), worker.displayName(),
                    "Delgivning registrerad");
            return at(notified, 13);
        }
        return decidedAt;
    }

    private RuleSet rulesFor(YearMonth month) {
        return rules.computeIfAbsent(month, m -> {
            try {
                return ruleTables.forMonth(m, unit, m.atDay(1));
            } catch (RuntimeException noTableForTheYear) {
                return null;
            }
        });
    }

    private List<Member> members() {
        return GeneratedMembers.household(random, today, personalNumbers, UUID::randomUUID);
    }

    private String journalText() {
        StringBuilder text = new StringBuilder();
        int sentences = 1 + random.nextInt(4);
        for (int s = 0; s < sentences; s++) {
            text.append(s == 0 ? "" : " ").append(JOURNAL_SENTENCES[random.nextInt(JOURNAL_SENTENCES.length)]);
        }
        return text.toString();
    }

    private void add(String table, Object... values) {
        rows.computeIfAbsent(table, t -> new ArrayList<>()).add(values);
    }

    private void flush(String sql) {
        String table = sql.substring("insert into ".length(), sql.indexOf(' ', "insert into ".length()));
        List<Object[]> batch = rows.getOrDefault(table, List.of());
        for (int from = 0; from < batch.size(); from += 1000) {
            jdbc.batchUpdate(sql, batch.subList(from, Math.min(batch.size(), from + 1000)));
        }
        rows.remove(table);
    }

    private static Instant at(LocalDate date, int hour) {
        return date.atTime(LocalTime.of(hour, 0)).toInstant(ZoneOffset.UTC);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

}
