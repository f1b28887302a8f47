package se.ebba.demo.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import se.ebba.decision.Decisions;
import se.ebba.identity.CurrentUser;
import se.ebba.shared.infra.EmbeddedDatabase;
import se.ebba.identity.domain.Role;
import se.ebba.identity.domain.UserId;
import se.ebba.monthly.MonthlyProposals;
import se.ebba.payment.PaymentChecks;
import se.ebba.payment.PaymentRuns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.ebba.calculation.RuleTables;
import se.ebba.calculation.domain.RuleSet;
import se.ebba.identity.UnitView;
import se.ebba.identity.Units;
import tools.jackson.databind.json.JsonMapper;

/**
 * The nation-size load of issue 9 and its floor, timed in the same run on the same database
 * (docs/performance.md, "Nation-size load"): {@link NationLoad} writes {@code ebba.bench.households}
 * (100 000) households with ongoing cases and last month's decided rows by COPY; then the same
 * number of rows is COPYed raw into a scratch table. Not a test of behaviour and not run by the
 * build (the name matches no test pattern); run it with
 * {@code ./mvnw -o test -Dtest=NationLoadBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * Then the monthly run on them ({@link NationMonthlyRun}) and, again, a raw COPY of as many rows as it wrote.
 */
@SpringBootTest(properties = {"ebba.embedded-postgres.data-directory=", "logging.level.root=warn"})
class NationLoadBenchmark {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Units units;
    @Autowired
    RuleTables ruleTables;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    JsonMapper json;
    @Autowired
    Clock clock;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    MonthlyProposals proposals;
    @Autowired
    PaymentChecks checks;
    @Autowired
    Decisions decisions;
    @Autowired
    EmbeddedDatabase database;
    @Autowired
    PaymentRuns runs;
    @Value("${ebba.bench.households:100000}")
    int households;
    @Value("${ebba.bench.seed:9}")
    long seed;

    @Test
    void generatesTheNationSizeUnitByCopyAndTimesARawCopyOfAsManyRows() throws Exception {
        LocalDate today = LocalDate.now(clock);
        UnitView unit = units.create("RIKSLAST", "Rikslast", List.of("Rikslast"));
        String hash = passwordEncoder.encode("ebba-rikslast-2026");
        UUID intake = user(unit, "rikslast.teamledare", "Tea Teamsson", "TEAM_LEAD", hash);
        CurrentUser officer = staff(unit, user(unit, "rikslast.ekonomi", "Eko Ekonomsson", "PAYMENT_OFFICER", hash), "rikslast.ekonomi",
                "Eko Ekonomsson", Role.PAYMENT_OFFICER);
        CurrentUser cashier = staff(unit, user(unit, "rikslast.kassa", "Kassa Kassasson", "CASHIER", hash), "rikslast.kassa", "Kassa Kassasson",
                Role.CASHIER);
        NationLoad.Worker[] workers = new NationLoad.Worker[Math.max(1, households / 42)];
        for (int i = 0; i < workers.length; i++) {
            String name = Names.staffName(i);
            workers[i] = new NationLoad.Worker(user(unit, "rikshandlaggare%04d".formatted(i + 1), name, "CASEWORKER", hash), name);
        }
        RuleSet rules = ruleTables.forMonth(YearMonth.from(today), unit.id(), today);
        String law = jdbc.sql("select code from law_version where in_force_from <= :day order by in_force_from desc limit 1")
                .param("day", today).query(String.class).single();
        int first = jdbc.sql("select coalesce(max(last_value), 0) from case_number_counter where year = :y").param("y", today.getYear())
                .query(Integer.class).single();
        NationLoad load = new NationLoad(unit.id().value(), workers, intake, rules, law, "4 kap. 1 § socialtjänstlagen (2001:453)", json, today,
                seed, first);

        NationLoad.Result generated;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            generated = load.write(connection, households);
            connection.commit();
        }
        jdbc.sql("""
                insert into case_number_counter (year, last_value) values (:y, :v)
                on conflict (year) do update set last_value = greatest(case_number_counter.last_value, excluded.last_value)""")
                .param("y", today.getYear()).param("v", load.lastCaseSequence()).update();
        long rows = generated.totalRows();
        long floor = rawCopy(rows);
        long ongoing = jdbc.sql("select count(*) from assistance_case where unit_id = :u and state = 'OPEN_ONGOING'")
                .param("u", unit.id().value()).query(Long.class).single();
        assertThat(ongoing).isEqualTo(households);

        // what autovacuum does after a bulk load, done at once: the planner's statistics of the loaded
        // tables (as their owner: the application's role owns nothing, and ANALYZE skips what it does not own)
        JdbcClient.create(database.dataSource(EmbeddedDatabase.OWNER_ROLE)).sql("analyze").update();
        settings(unit, intake, today);
        Map<String, Long> before = rowCounts();
        NationMonthlyRun.Result run = new NationMonthlyRun(jdbc, transactions, events, proposals, decisions, checks, runs, unit.id(),
                new NationMonthlyRun.StaffUsers(officer, cashier, staff(unit, intake, "rikslast.teamledare", "Tea Teamsson", Role.TEAM_LEAD))).run(generated.completed(), YearMonth.from(today).plusMonths(1));
        Map<String, Long> written = written(before, rowCounts());
        long runRows = written.values().stream().mapToLong(Long::longValue).sum();
        long runFloor = rawCopy(runRows);
        assertThat(run.run().payments()).isEqualTo(households);
        StringBuilder scans = new StringBuilder();
        jdbc.sql("""
                select relname, seq_scan, seq_tup_read, coalesce(idx_scan, 0) as idx_scan from pg_stat_user_tables
                 where seq_tup_read > 100000 order by seq_tup_read desc limit 12""")
                .query((rs, n) -> "  %s: %d sequential scans reading %d rows, %d index scans%n".formatted(rs.getString(1), rs.getLong(2),
                        rs.getLong(3), rs.getLong(4))).list().forEach(scans::append);
        StringBuilder steps = new StringBuilder();
        run.millis().forEach((step, ms) -> steps.append("  ").append(step).append(": ").append(ms).append(" ms\n"));
        String report = """
                households: %d, caseworkers: %d, rows: %d %s
                generator (generation + COPY, one transaction): %d ms
                floor (raw COPY of %d rows into a scratch table): %d ms
                ratio: %.1f

                monthly run: %d ms
                %s  rows written by the run: %d %s
                floor (raw COPY of %d rows into a scratch table): %d ms
                ratio: %.1f

                tables read by sequential scans (pg_stat_user_tables, the whole test):
                %s""".formatted(households, workers.length, rows, generated.rows(), generated.millis(), rows, floor,
                (double) generated.millis() / Math.max(1, floor), run.totalMillis(), steps, runRows, written, runRows, runFloor,
                (double) run.totalMillis() / Math.max(1, runFloor), scans);
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/nation-load.txt"), report);
    }

    /**
     * COPYs {@code rows} synthetic rows (a uuid, a case uuid, a month, an amount, a short text) into a
     * scratch table, timed. The application's role may not create tables in the schema (it owns
     * nothing), so the scratch table is a temporary one of the same database: it skips the WAL, which
     * makes the floor lower, and the comparison stricter, than a COPY into a regular table.
     */
    long rawCopy(long rows) throws Exception {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        long started;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                statement.execute("create temporary table bench_floor (id uuid, case_id uuid, benefit_month date, amount integer, note text) on commit drop");
            }
            started = System.nanoTime();
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (long done = 0; done < rows; done += 50_000) {
                text.setLength(0);
                for (long i = done; i < Math.min(rows, done + 50_000); i++) {
                    text.append(new UUID(random.nextLong(), random.nextLong())).append('\t').append(new UUID(random.nextLong(), random.nextLong()))
                            .append("\t2026-10-01\t").append(random.nextInt(20_000)).append("\tFörsörjningsstöd\n");
                }
                copy.copyIn("copy bench_floor from stdin", new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));
            }
            connection.commit();
        }
        return (System.nanoTime() - started) / 1_000_000;
    }

    /**
     * The unit's settings the run needs, as its administrator would record them: the municipality's
     * account the payments leave from, automatic grant of unchanged recurring applications, and a
     * delegation order (the payment officer decides försörjningsstöd up to 30 000 kr, so every changed month is theirs).
     */
    private void settings(UnitView unit, UUID by, LocalDate today) {
        runs.recordDebtorAccount(new PaymentRuns.NewDebtorAccount(unit.id(), today.minusYears(1), "Rikslast kommun", "2129999997", null,
                "9991233", "EBBASESS", "Avtal med banken (genererad enhet)"), "rikslast.admin");
        jdbc.sql("""
                insert into automatic_grant_setting (id, unit_id, valid_from, enabled, limit_kronor, source, set_by, set_at)
                values (:id, :unit, :from, true, 30000, 'Nämndens beslut (genererad enhet)', :by, now())""")
                .param("id", UUID.randomUUID()).param("unit", unit.id().value()).param("from", today.minusYears(1)).param("by", by).update();
        Object[][] delegation = {{"3.1", "PAYMENT_OFFICER", 30_000}, {"3.2", "CASEWORKER", 30_000}, {"3.3", "TEAM_LEAD", null}};
        for (Object[] r : delegation) {
            jdbc.sql("""
                            insert into delegation_rule (id, unit_id, code, decision_type, role, max_amount, valid_from, source, created_by)
                            values (:id, :unit, :code, 'LIVELIHOOD_SUPPORT', :role, :max, :from, 'Fiktiv delegationsordning (genererad enhet)', 'rikslast')""")
                    .param("id", UUID.randomUUID()).param("unit", unit.id().value()).param("code", r[0]).param("role", r[1]).param("max", r[2])
                    .param("from", today.minusYears(1)).update();
        }
    }

    /** Rows per table of the schema, counted. */
    private Map<String, Long> rowCounts() {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : jdbc.sql("select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'")
                .query(String.class).list()) {
            counts.put(table, jdbc.sql("select count(*) from \"" + table + "\"").query(Long.class).single());
        }
        return counts;
    }

    private static Map<String, Long> written(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> written = new TreeMap<>();
        after.forEach((table, n) -> {
            long added = n - before.getOrDefault(table, 0L);
            if (added != 0) {
                written.put(table, added);
            }
        });
        return written;
    }

    private static CurrentUser staff(UnitView unit, UUID id, String username, String name, Role role) {
        return new CurrentUser(new UserId(id), username, name, Set.of(unit.id()), Set.of(role), false);
    }

    private UUID user(UnitView unit, String username, String name, String role, String hash) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into user_account (id, username, display_name, password_hash) values (:id, :u, :n, :h)")
                .param("id", id).param("u", username).param("n", name).param("h", hash).update();
        jdbc.sql("insert into user_unit (user_id, unit_id) values (:id, :unit)").param("id", id).param("unit", unit.id().value()).update();
        jdbc.sql("insert into user_role (user_id, role) values (:id, :role)").param("id", id).param("role", role).update();
        return id;
    }
}
