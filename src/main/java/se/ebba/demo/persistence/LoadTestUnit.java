package se.ebba.demo.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.ebba.calculation.Calculations;
import se.ebba.calculation.RuleTables;
import se.ebba.calculation.domain.CalculationInput;
import se.ebba.calculation.domain.CostCap;
import se.ebba.calculation.domain.CostType;
import se.ebba.calculation.domain.MemberRole;
import se.ebba.casefile.CaseFiles;
import se.ebba.casefile.CaseRef;
import se.ebba.casefile.HouseholdRegistration;
import se.ebba.application.Applications;
import se.ebba.decision.Decisions;
import se.ebba.application.domain.Application;
import se.ebba.application.domain.ApplicationKind;
import se.ebba.decision.domain.DecisionDraft;
import se.ebba.decision.domain.DecisionGround;
import se.ebba.application.domain.ItemKind;
import se.ebba.decision.domain.Outcome;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.UnitView;
import se.ebba.identity.Units;
import se.ebba.identity.domain.Role;
import se.ebba.identity.domain.UnitId;
import se.ebba.identity.domain.UserId;
import tools.jackson.databind.json.JsonMapper;

/**
 * The unit of the load test (profile {@code loadtest}, docs/performance.md): on the first start a
 * unit "Lasttest" with {@code ebba.loadtest.households} fictitious households, a caseworker per 42
 * households ({@code handlaggare001} …) and an intake officer and team lead, all with the password
 * {@link #PASSWORD}; cases with journal entries, applications, saved calculations and decisions for
 * a realistic share of them. Two decisions are made through the application's own services; the
 * rest is written in batches with the texts those two got, so that 8 400 households take seconds,
 * not minutes. Every start writes the file the Gatling simulation reads (which cases each caseworker
 * owns). Names are invented; personnummer are random with a valid check digit.
 */
@Component
@Profile("loadtest")
class LoadTestUnit {

    static final String UNIT_CODE = "LASTTEST";
    static final String PASSWORD = "ebba-lasttest-2026";
    private static final Logger log = LoggerFactory.getLogger(LoadTestUnit.class);

    private final Units units;
    private final CaseFiles caseFiles;
    private final Decisions decisions;
    private final Applications applications;
    private final Calculations calculations;
    private final RuleTables ruleTables;
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate transactions;
    private final PasswordEncoder passwordEncoder;
    private final JsonMapper json;
    private final Clock clock;
    private final int households;
    private final int caseworkers;
    private final Path feederFile;
    private final boolean externalDatabase;

    LoadTestUnit(Units units, CaseFiles caseFiles, Decisions decisions, Applications applications, Calculations calculations, RuleTables ruleTables,
                 JdbcClient jdbc, JdbcTemplate batch, TransactionTemplate transactions, PasswordEncoder passwordEncoder,
                 JsonMapper json, Clock clock,
                 @Value("${ebba.loadtest.households:8400}") int households,
                 @Value("${ebba.loadtest.caseworkers:200}") int caseworkers,
                 @Value("${ebba.loadtest.feeder-file:var/loadtest/feeder.csv}") String feederFile,
                 @Value("${spring.datasource.url:}") String externalDatabaseUrl) {
        this.units = units;
        this.caseFiles = caseFiles;
        this.decisions = decisions;
        this.applications = applications;
        this.calculations = calculations;
        this.ruleTables = ruleTables;
        this.jdbc = jdbc;
        this.batch = batch;
        this.transactions = transactions;
        this.passwordEncoder = passwordEncoder;
        this.json = json;
        this.clock = clock;
        this.households = households;
        this.caseworkers = caseworkers;
        this.feederFile = Path.of(feederFile);
        this.externalDatabase = !externalDatabaseUrl.isBlank();
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    void load() {
        if (externalDatabase) {
            log.warn("The load-test unit is only generated into the embedded database");
            return;
        }
        UnitView unit = units.byCode(UNIT_CODE).orElse(null);
        if (unit == null) {
            long started = System.nanoTime();
            unit = transactions.execute(status -> generate());
            log.info("Load-test unit generated: {} households in {} ms", households, (System.nanoTime() - started) / 1_000_000);
        }
        int rows = writeFeeder(unit.id());
        log.info("Load-test unit ready: {} feeder rows in {}", rows, feederFile.toAbsolutePath());
    }

    private UnitView generate() {
        UnitView unit = units.create(UNIT_CODE, "Lasttest", List.of("Lasttest"));
        String source = "Lasttest: fiktiva nivåer";
        LocalDate capsFrom = LocalDate.of(2023, 1, 1);
        ruleTables.addCostCap(unit.id(), new CostCap(CostType.HOUSING, 1, 2, 0, 0, 6330, "1–2 vuxna utan barn", source), capsFrom, "lasttest");
        ruleTables.addCostCap(unit.id(), new CostCap(CostType.HOUSING, null, null, 1, null, 8650, "hushåll med barn", source), capsFrom, "lasttest");
        delegationOrder(unit.id());
        Staff staff = staff(unit.id());
        Templates templates = templates(unit.id(), staff);
        new LoadTestHouseholds(batch, json, ruleTables, clock, unit.id(), staff, templates).write(households);
        return unit;
    }

    /** The demo's delegation order: caseworkers decide försörjningsstöd up to 30 000 kr and refusals up to 10 000 kr. */
    private void delegationOrder(UnitId unit) {
        Object[][] rows = {
                {"3.2", "LIVELIHOOD_SUPPORT", "CASEWORKER", 30_000}, {"3.3", "LIVELIHOOD_SUPPORT", "TEAM_LEAD", null},
                {"3.5", "OTHER_NEEDS", "CASEWORKER", 5_000}, {"3.6", "OTHER_NEEDS", "TEAM_LEAD", 50_000},
                {"3.8", "REFUSAL", "CASEWORKER", 10_000}, {"3.9", "REFUSAL", "TEAM_LEAD", null}};
        for (Object[] r : rows) {
            jdbc.sql("""
                            insert into delegation_rule (id, unit_id, code, decision_type, role, max_amount, valid_from, source, created_by)
                            values (:id, :unit, :code, :type, :role, :max, :from, :source, 'lasttest')""")
                    .param("id", UUID.randomUUID()).param("unit", unit.value()).param("code", r[0]).param("type", r[1])
                    .param("role", r[2]).param("max", r[3]).param("from", LocalDate.of(2025, 7, 1))
                    .param("source", "Lasttest: fiktiv delegationsordning").update();
        }
    }

    /** The staff, inserted directly with one password hash: 200 bcrypt hashes would take longer than all the households. */
    private Staff staff(UnitId unit) {
        String hash = passwordEncoder.encode(PASSWORD);
        CurrentUser intake = user(unit, "lasttest.mottagning", "Mira Mottagare", Role.INTAKE_OFFICER, hash);
        CurrentUser lead = user(unit, "lasttest.teamledare", "Tore Teamsson", Role.TEAM_LEAD, hash);
        CurrentUser[] workers = new CurrentUser[caseworkers];
        for (int i = 0; i < caseworkers; i++) {
            workers[i] = user(unit, "handlaggare%03d".formatted(i + 1), Names.staffName(i), Role.CASEWORKER, hash);
        }
        return new Staff(intake, lead, workers);
    }

    private CurrentUser user(UnitId unit, String username, String name, Role role, String hash) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into user_account (id, username, display_name, password_hash) values (:id, :u, :n, :h)")
                .param("id", id).param("u", username).param("n", name).param("h", hash).update();
        jdbc.sql("insert into user_unit (user_id, unit_id) values (:id, :unit)").param("id", id).param("unit", unit.value()).update();
        jdbc.sql("insert into user_role (user_id, role) values (:id, :role)").param("id", id).param("role", role.name()).update();
        return new CurrentUser(new UserId(id), username, name, Set.of(unit), EnumSet.of(role), false);
    }

    /**
     * Two households decided through the services, a full grant and a partial grant: their texts (law,
     * legal basis, delegation, title) are what every generated decision of the same kind carries.
     */
    private Templates templates(UnitId unit, Staff staff) {
        CurrentUser worker = staff.caseworkers()[0];
        YearMonth month = YearMonth.now(clock);
        Map<Outcome, Map<String, Object>> rows = new LinkedHashMap<>();
        int serial = 0;
        for (Outcome outcome : List.of(Outcome.GRANTED, Outcome.PARTLY_GRANTED)) {
            LocalDate birth = LocalDate.of(1980 + serial, 2, 10);
            String pnr = Names.personalNumber(birth, 900 + serial++);
            CaseRef ref = caseFiles.registerHousehold(new HouseholdRegistration(unit,
                    new HouseholdRegistration.PersonInput(pnr, "Mall", "Lasttestsson", false, "Provgatan 1", "111 11", "Lasttest"),
                    null, List.of(), List.of(), null), staff.intake());
            caseFiles.assign(ref.id(), 0, worker.id(), "Lasttest", staff.teamLead());
            Application app = applications.register(ref.id(), new Applications.NewApplication(ApplicationKind.FIRST, month,
                    LocalDate.now(clock), List.of(new Applications.NewItem(ItemKind.LIVELIHOOD_SUPPORT, null, null))), worker);
            CalculationInput input = new CalculationInput(month, List.of(new CalculationInput.Member(MemberRole.APPLICANT, birth, false, false)),
                    null, List.of(new CalculationInput.Cost(CostType.HOUSING, 5200)), null, null, null);
            long amount = calculations.save(ref.id(), unit, input, worker.id()).result().result();
            Long granted = outcome == Outcome.GRANTED ? null : amount - 500;
            String reasons = outcome == Outcome.GRANTED ? "" : LoadTestHouseholds.PARTIAL_REASONS;
            UUID decision = decisions.decide(ref.id(), app.id(), new DecisionDraft(
                    List.of(new DecisionDraft.ItemDecision(app.items().getFirst().id(), outcome, granted)),
                    DecisionGround.NEED_ASSESSMENT, reasons, null), worker).id();
            rows.put(outcome, jdbc.sql("""
                            select d.law_code, d.legal_basis, d.reasons, d.decided_by_title, d.delegation, i.description
                            from decision d join decision_item di on di.decision_id = d.id join applied_item i on i.id = di.applied_item_id
                            where d.id = :id""")
                    .param("id", decision).query().singleRow());
        }
        return new Templates(rows.get(Outcome.GRANTED), rows.get(Outcome.PARTLY_GRANTED));
    }

    /**
     * One line per open case with a decision, at most ten per caseworker: the user, the case, its
     * newest decision, the applicant's personnummer and name (what a caseworker would search for).
     */
    private int writeFeeder(UnitId unit) {
        List<String> lines = jdbc.sql("""
                        select username, case_id, decision_id, personal_number, first_name, last_name from (
                          select u.username, c.id as case_id, d.id as decision_id, p.personal_number, p.first_name, p.last_name,
                                 row_number() over (partition by u.username order by c.case_number) as n
                          from assistance_case c
                          join user_account u on u.id = c.responsible_caseworker_id
                          join lateral (select id from decision where case_id = c.id order by decided_at desc limit 1) d on true
                          join household_member hm on hm.case_id = c.id and hm.role = 'APPLICANT'
                          join person p on p.id = hm.person_id
                          where c.unit_id = :unit and c.state <> 'CLOSED' and u.username like 'handlaggare___') x
                        where n <= 10 order by username, n""")
                .param("unit", unit.value())
                .query((rs, n) -> String.join(",", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5) + " " + rs.getString(6)))
                .list();
        try {
            if (feederFile.toAbsolutePath().getParent() != null) {
                Files.createDirectories(feederFile.toAbsolutePath().getParent());
            }
            Files.writeString(feederFile, "username,caseId,decisionId,personalNumber,name\n" + String.join("\n", lines) + "\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the load-test feeder " + feederFile, e);
        }
        return lines.size();
    }

    record Staff(CurrentUser intake, CurrentUser teamLead, CurrentUser[] caseworkers) {
    }

    /** The columns copied from the two decisions made through the services. */
    record Templates(Map<String, Object> granted, Map<String, Object> partlyGranted) {
    }
}
