package se.ebba.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.ebba.calculation.RuleTables;
import se.ebba.calculation.domain.CostCap;
import se.ebba.calculation.domain.CostType;
import se.ebba.casefile.CaseFiles;
import se.ebba.casefile.CaseRef;
import se.ebba.casefile.HouseholdRegistration;
import se.ebba.casefile.HouseholdRegistration.PersonInput;
import se.ebba.casefile.domain.CaseState;
import se.ebba.application.Applications;
import se.ebba.decision.Delegations;
import se.ebba.application.domain.ApplicationKind;
import se.ebba.decision.domain.DecisionType;
import se.ebba.application.domain.ItemKind;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.UnitContact;
import se.ebba.identity.UnitView;
import se.ebba.identity.Units;
import se.ebba.identity.UserView;
import se.ebba.identity.Users;
import se.ebba.identity.domain.PersonalNumber;
import se.ebba.identity.domain.Role;
import se.ebba.identity.domain.UnitId;
import se.ebba.journal.JournalService;
import se.ebba.journal.domain.JournalEntryType;

/**
 * Loads the fictitious demo organisation on the first start of the demo profile: two units, a user
 * for every role in each, and households with cases and journal notes. A restart finds the units
 * and loads nothing again. All names are invented; personnummer are made up with a valid check digit.
 */
@Component
@Profile("demo")
class DemoData {

    static final String PASSWORD = "ebba-demo1";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Units units;
    private final Users users;
    private final CaseFiles caseFiles;
    private final JournalService journal;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final RuleTables ruleTables;
    private final Applications applications;
    private final Delegations delegations;

    private final boolean externalDatabase;
    private final ApplicationEventPublisher events;
    @org.springframework.beans.factory.annotation.Autowired private InvestigationDemo investigationDemo;
    @org.springframework.beans.factory.annotation.Autowired private IntakeDocumentsDemo intakeDocumentsDemo;

    DemoData(Units units, Users users, CaseFiles caseFiles, JournalService journal, TransactionTemplate transactions, Clock clock,
             RuleTables ruleTables, Applications applications, Delegations delegations,
             @Value("${spring.datasource.url:}") String externalDatabaseUrl, ApplicationEventPublisher events) {
        this.events = events;
        this.ruleTables = ruleTables;
        this.applications = applications;
        this.delegations = delegations;
        this.externalDatabase = !externalDatabaseUrl.isBlank();
        this.units = units;
        this.users = users;
        this.caseFiles = caseFiles;
        this.journal = journal;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void load() {
        if (externalDatabase) {
            // Demo users with a published password must never reach a real database by mistake.
            log.warn("Demo data is not loaded into an external database; set SPRING_PROFILES_ACTIVE=production");
            return;
        }
        if (units.byCode("OSTERMALM").isPresent()) {
            log.info("Demo data already loaded");
            return;
        }
        // Not ready (readiness probe DOWN) until the demo users exist, even if loading moves off this event.
        AvailabilityChangeEvent.publish(events, this, ReadinessState.REFUSING_TRAFFIC);
        transactions.executeWithoutResult(status -> loadAll());
        AvailabilityChangeEvent.publish(events, this, ReadinessState.ACCEPTING_TRAFFIC);
        log.info("Demo data loaded: units Östermalm and Bromma, demo users with password {}", PASSWORD);
    }

    private void loadAll() {
        UnitView ostermalm = units.create("OSTERMALM", "Östermalm", List.of("Kungsholmen", "Norrmalm", "Östermalm"));
        UnitView bromma = units.create("BROMMA", "Bromma", List.of("Bromma"));
        // Fictitious contact details for the letters (the phone numbers are in the range PTS reserves for fiction).
        units.changeContact(ostermalm.id(), new UnitContact("Socialtjänsten Östermalm, ekonomiskt bistånd\nBox 99001\n100 99 Stockholm",
                "08-465 004 10", "Mottagningen, vardagar 9–12"));
        units.changeContact(bromma.id(), new UnitContact("Socialtjänsten Bromma, ekonomiskt bistånd\nBox 99002\n100 98 Stockholm",
                "08-465 004 20", "Mottagningen, vardagar 9–12"));
        UserView admin = users.createDemoUser(new Users.NewUser("admin", "Alva Systemsson", PASSWORD, Set.of(Role.ADMIN), Set.of(), false));
        Map<String, UserView> ost = staff(ostermalm.id(), "ost", new String[][] {
                {"mottagning", "Maja Lindqvist", "INTAKE_OFFICER"},
                {"handlaggare", "Karin Ek", "CASEWORKER", "protected"},
                {"handlaggare2", "Jonas Berg", "CASEWORKER"},
                {"ekonomi", "Sara Holm", "PAYMENT_OFFICER"},
                {"kassa", "Peter Nyström", "CASHIER"},
                {"fut", "Lena Dahl", "FRAUD_INVESTIGATOR"},
                {"teamledare", "Anders Falk", "TEAM_LEAD", "protected"},
                {"chef", "Eva Sandberg", "UNIT_MANAGER", "protected"},
                {"metod", "Nils Ahlgren", "QUALITY_DEVELOPER"},
                {"revisor", "Birgitta Ström", "AUDITOR"},
                {"sokande", "Tove Demosdotter", "APPLICANT"}});
        Map<String, UserView> bro = staff(bromma.id(), "bro", new String[][] {
                {"mottagning", "Oskar Lund", "INTAKE_OFFICER"},
                {"handlaggare", "Fatima Aziz", "CASEWORKER", "protected"},
                {"handlaggare2", "Erik Sjöberg", "CASEWORKER"},
                {"ekonomi", "Linnea Wall", "PAYMENT_OFFICER"},
                {"kassa", "Mats Öberg", "CASHIER"},
                {"fut", "Hanna Rask", "FRAUD_INVESTIGATOR"},
                {"teamledare", "Johan Vik", "TEAM_LEAD", "protected"},
                {"chef", "Ingrid Borg", "UNIT_MANAGER", "protected"},
                {"metod", "Samir Haddad", "QUALITY_DEVELOPER"},
                {"revisor", "Gunnel Frost", "AUDITOR"},
                {"sokande", "Ali Demosson", "APPLICANT"}});
        PendingAccessDemo.request(users, admin, ostermalm.id());

        // Caps on housing costs. The amounts are the examples of RULES.md §3 (Engelholm and Högsby),
        // used here only as fictitious demo settings of the demo units.
        LocalDate capsFrom = LocalDate.of(2023, 1, 1);
        String ostSource = "Demo: exempelnivåer efter Engelholms kommun 2023";
        ruleTables.addCostCap(ostermalm.id(), new CostCap(CostType.HOUSING, 1, 2, 0, 0, 6330, "1–2 vuxna utan barn", ostSource), capsFrom, "demo");
        ruleTables.addCostCap(ostermalm.id(), new CostCap(CostType.HOUSING, null, null, 1, 1, 6970, "hushåll med ett barn", ostSource), capsFrom, "demo");
        String broSource = "Demo: exempelnivåer efter Högsby kommun 2023";
        long[][] brommaCaps = {{1, 1, 0, 0, 4474}, {2, 2, 0, 0, 5581}, {-1, -1, 1, 1, 6192}, {-1, -1, 2, 2, 7416}, {-1, -1, 3, 3, 8046},
                {-1, -1, 4, 4, 8650}, {-1, -1, 5, -1, 9255}};
        String[] brommaText = {"en vuxen utan barn", "två vuxna utan barn", "hushåll med ett barn", "hushåll med två barn",
                "hushåll med tre barn", "hushåll med fyra barn", "hushåll med fem eller fler barn"};
        for (int i = 0; i < brommaCaps.length; i++) {
            long[] c = brommaCaps[i];
            ruleTables.addCostCap(bromma.id(), new CostCap(CostType.HOUSING, c[0] < 0 ? null : (int) c[0], c[1] < 0 ? null : (int) c[1],
                    (int) c[2], c[3] < 0 ? null : (int) c[3], c[4], brommaText[i], broSource), capsFrom, "demo");
        }

        for (UnitView unit : List.of(ostermalm, bromma)) {
            delegationOrder(unit.id(), asCurrent(admin));
        }

        CurrentUser ostLead = asCurrent(ost.get("teamledare"));
        CurrentUser broLead = asCurrent(bro.get("teamledare"));
        caseFiles.addBirthDayRange(ostermalm.id(), ost.get("handlaggare").id(), 1, 15, ostLead);
        caseFiles.addBirthDayRange(ostermalm.id(), ost.get("handlaggare2").id(), 16, 31, ostLead);
        caseFiles.addBirthDayRange(bromma.id(), bro.get("handlaggare").id(), 1, 15, broLead);
        caseFiles.addBirthDayRange(bromma.id(), bro.get("handlaggare2").id(), 16, 31, broLead);

        CurrentUser ostIntake = asCurrent(ost.get("mottagning"));
        CurrentUser ostCaseworker = asCurrent(ost.get("handlaggare"));
        CurrentUser broIntake = asCurrent(bro.get("mottagning"));
        CurrentUser broCaseworker = asCurrent(bro.get("handlaggare"));

        // Östermalm: a single mother with two children (birth day 3 → Karin Ek).
        CaseRef andersson = household(ostermalm.id(), ostIntake,
                person(pnr("19880503", "982"), "Tindra", "Andersson", "Karlavägen 12", "114 59", "Stockholm"),
                null,
                List.of(PersonInput.of(pnr("20150811", "984"), "Elsa", "Andersson"),
                        PersonInput.of(pnr("20190220", "986"), "Noah", "Andersson")));
        note(andersson, ostCaseworker, JournalEntryType.PHONE_CALL, 6,
                "Tindra ringde och berättade att hennes arbetslöshetsersättning tagit slut. Förhandsbedömning gjord; ansökningsblankett skickad.");
        note(andersson, ostCaseworker, JournalEntryType.MEETING, 2,
                "Nybesök. Ansökan genomgången. Saknas: kontoutdrag för två konton och hyresavi. Samtycke till kontakt med Arbetsförmedlingen undertecknat.");
        LocalDate today = LocalDate.now(clock);
        applications.register(andersson.id(), new Applications.NewApplication(ApplicationKind.FIRST, java.time.YearMonth.from(today).plusMonths(1),
                today.minusDays(2), List.of(new Applications.NewItem(ItemKind.LIVELIHOOD_SUPPORT, null, null),
                new Applications.NewItem(ItemKind.OTHER_NEEDS, "Glasögon till Elsa", 1800L))), ostCaseworker);

        // Östermalm: a couple without children (birth day 21 → Jonas Berg).
        household(ostermalm.id(), ostIntake,
                person(pnr("19790921", "992"), "Mikael", "Johansson", "Sankt Eriksgatan 40", "112 34", "Stockholm"),
                person(pnr("19810614", "994"), "Sofia", "Johansson", "Sankt Eriksgatan 40", "112 34", "Stockholm"),
                List.of());

        // Östermalm: a woman with protected identity and her son (birth day 9 → Karin Ek, who may see the address).
        CaseRef protectedCase = household(ostermalm.id(), ostIntake,
                new PersonInput(pnr("19920709", "988"), "Amina", "Karlsson", true, "Hemlig gata 1", "100 00", "Stockholm"),
                null,
                List.of(new PersonInput(pnr("20180412", "990"), "Adam", "Karlsson", true, null, null, null)));
        note(protectedCase, ostCaseworker, JournalEntryType.NOTE, 1,
                "Skyddad folkbokföring. Post skickas via Skatteverkets förmedling. Inga uppgifter om vistelseort i journalen.");

        intakeDocumentsDemo.load(andersson, protectedCase, ost.get("handlaggare").id(), ostIntake);

        // Östermalm: a young man, case referred to the ongoing team (birth day 27 → Jonas Berg).
        CaseRef referred = household(ostermalm.id(), ostIntake,
                person(pnr("20010127", "996"), "Viktor", "Nilsson", "Odengatan 5", "113 22", "Stockholm"), null, List.of());
        CurrentUser jonas = asCurrent(ost.get("handlaggare2"));
        caseFiles.changeState(referred.id(), 0, CaseState.OPEN_ONGOING, "Remitterad till utredningsgruppen med komplett beslutsunderlag", jonas);
        note(referred, jonas, JournalEntryType.CASE_CONFERENCE, 3,
                "Ärendedragning med arbetsledaren. Förslag: försörjningsstöd enligt norm, krav på inskrivning hos Arbetsförmedlingen.");

        // Östermalm: a closed case (birth day 12 → Karin Ek).
        CaseRef closed = household(ostermalm.id(), ostIntake,
                person(pnr("19650312", "998"), "Göran", "Persson-Demo", "Fleminggatan 18", "112 26", "Stockholm"), null, List.of());
        caseFiles.changeState(closed.id(), 0, CaseState.CLOSED, "Har fått arbete och är självförsörjande", ostCaseworker);

        events.publishEvent(new IntakeDemo.Load(ostermalm.id(), ostIntake));
        events.publishEvent(new ChangePlanDemo.Load(ostermalm.id(), ostIntake, ostCaseworker));
        events.publishEvent(new CalculationRulesDemo.Load(ostermalm.id(), ostIntake, ostCaseworker));
        events.publishEvent(new MonthlyDemo.Load(ostermalm.id(), ostIntake, ostCaseworker, asCurrent(ost.get("ekonomi"))));
        events.publishEvent(new PaymentDemo.Load(ostermalm.id(), ostIntake, ostCaseworker, asCurrent(ost.get("ekonomi"))));
        events.publishEvent(new PaymentRunDemo.Load(List.of(ostermalm.id(), bromma.id())));
        events.publishEvent(new RecoveryDemo.Load(ostermalm.id(), bromma.id(), asCurrent(admin), ostIntake));
        events.publishEvent(new MonthlyProposalDemo.Load(ostermalm.id(), ostIntake, asCurrent(ost.get("ekonomi")), asCurrent(ost.get("chef"))));

        // Östermalm: a newly registered household with no birth-day owner assigned later by the team lead: none (all days covered).

        investigationDemo.load(andersson, ostCaseworker, referred, jonas);

        // Bromma: a father with one child (birth day 8 → Fatima Aziz).
        CaseRef bromma1 = household(bromma.id(), broIntake,
                person(pnr("19830708", "978"), "Daniel", "Eriksson", "Brommaplan 3", "168 76", "Bromma"), null,
                List.of(PersonInput.of(pnr("20120930", "972"), "Liam", "Eriksson")));
        note(bromma1, broCaseworker, JournalEntryType.MEETING, 4,
                "Nybesök. Daniel arbetar deltid 50 %. Initial bedömning del 3 ifylld tillsammans.");

        // Bromma: a single woman (birth day 17 → Erik Sjöberg).
        household(bromma.id(), broIntake,
                person(pnr("19700517", "976"), "Annika", "Wikström", "Ulvsundavägen 100", "167 32", "Bromma"), null, List.of());
        events.publishEvent(new ControlsDemo.Load(List.of(asCurrent(ost.get("chef")), asCurrent(bro.get("chef")))));
    }

    /** A fictitious delegation order: who decides what, up to which amount (RULES.md §6). */
    private void delegationOrder(UnitId unit, CurrentUser admin) {
        String source = "Demo: fiktiv delegationsordning, socialnämndens beslut 2025-06-12 § 7";
        LocalDate from = LocalDate.of(2025, 7, 1);
        Object[][] rows = {
                {"3.1", DecisionType.LIVELIHOOD_SUPPORT, Role.PAYMENT_OFFICER, 15_000L},
                {"3.2", DecisionType.LIVELIHOOD_SUPPORT, Role.CASEWORKER, 30_000L},
                {"3.3", DecisionType.LIVELIHOOD_SUPPORT, Role.TEAM_LEAD, null},
                {"3.4", DecisionType.LIVELIHOOD_SUPPORT, Role.UNIT_MANAGER, null},
                {"3.5", DecisionType.OTHER_NEEDS, Role.CASEWORKER, 5_000L},
                {"3.6", DecisionType.OTHER_NEEDS, Role.TEAM_LEAD, 50_000L},
                {"3.7", DecisionType.OTHER_NEEDS, Role.UNIT_MANAGER, null},
                {"3.8", DecisionType.REFUSAL, Role.CASEWORKER, 10_000L},
                {"3.9", DecisionType.REFUSAL, Role.TEAM_LEAD, null},
                {"3.10", DecisionType.REFUSAL, Role.UNIT_MANAGER, null},
                {"3.11", DecisionType.REDUCTION_DECLINED_ACTIVITY, Role.TEAM_LEAD, null},
                {"3.12", DecisionType.REDUCTION_DECLINED_ACTIVITY, Role.UNIT_MANAGER, null},
                {"3.13", DecisionType.EMERGENCY_ASSISTANCE, Role.INTAKE_OFFICER, 3_000L},
                {"3.14", DecisionType.EMERGENCY_ASSISTANCE, Role.CASEWORKER, 3_000L}};
        for (Object[] r : rows) {
            delegations.add(unit, new Delegations.NewRule((String) r[0], (DecisionType) r[1], (Role) r[2], (Long) r[3], from, source), admin);
        }
    }

    private Map<String, UserView> staff(UnitId unit, String suffix, String[][] rows) {
        Map<String, UserView> created = new HashMap<>();
        for (String[] row : rows) {
            boolean prot = row.length > 3 && row[3].equals("protected");
            UserView user = users.createDemoUser(new Users.NewUser(row[0] + "." + suffix, row[1], PASSWORD,
                    EnumSet.of(Role.valueOf(row[2])), Set.of(unit), prot));
            created.put(row[0], user);
        }
        return created;
    }

    private CaseRef household(UnitId unit, CurrentUser by, PersonInput applicant, PersonInput coApplicant, List<PersonInput> children) {
        return caseFiles.registerHousehold(new HouseholdRegistration(unit, applicant, coApplicant, new ArrayList<>(children), List.of(), null), by);
    }

    private void note(CaseRef c, CurrentUser by, JournalEntryType type, int daysAgo, String text) {
        journal.write(c.id(), new JournalService.NewJournalEntry(LocalDate.now(clock).minusDays(daysAgo), type, text, null), by);
    }

    private static PersonInput person(String pnr, String first, String last, String street, String postal, String city) {
        return new PersonInput(pnr, first, last, false, street, postal, city);
    }

    /** A 12-digit personnummer with a valid check digit, from a birth date and a three-digit serial. */
    static String pnr(String yyyymmdd, String serial) {
        String nine = yyyymmdd.substring(2) + serial;
        return yyyymmdd + serial + PersonalNumber.checkDigitFor(nine);
    }

    private static CurrentUser asCurrent(UserView u) {
        return new CurrentUser(u.id(), u.username(), u.displayName(), u.units(), u.roles(), u.protectedIdentityAccess());
    }
}
