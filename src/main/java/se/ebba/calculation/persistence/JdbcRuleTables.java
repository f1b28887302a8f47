package se.ebba.calculation.persistence;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import se.ebba.calculation.RuleTables;
import se.ebba.calculation.domain.AmountLimits;
import se.ebba.calculation.domain.CostCap;
import se.ebba.calculation.domain.CostType;
import se.ebba.calculation.domain.LegalSubject;
import se.ebba.calculation.domain.MissingRuleDataException;
import se.ebba.calculation.domain.NormTable;
import se.ebba.calculation.domain.PersonalCostBand;
import se.ebba.calculation.domain.RuleSet;
import se.ebba.calculation.domain.TableStatus;
import se.ebba.identity.domain.UnitId;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.InvalidInputException.FieldError;

@Repository
class JdbcRuleTables implements RuleTables {

    static final String NORM_REGULATION = "2 kap. 1 § socialtjänstförordningen (2001:937)";

    private final JdbcClient jdbc;

    JdbcRuleTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public RuleSet forMonth(YearMonth month, UnitId unit, LocalDate lawDate) {
        NormTable table = normTable(month.getYear());
        OptionalLong pbb = jdbc.sql("select amount from price_base_amount where year = :y").param("y", month.getYear())
                .query(Long.class).optional().map(OptionalLong::of).orElse(OptionalLong.empty());
        List<CostCap> caps = unit == null ? List.of() : costCaps(unit, month.atDay(1));
        return new RuleSet(table, pbb, caps, legalBasis(lawDate).references(), NORM_REGULATION);
    }

    @Override
    public AmountLimits amountLimits() {
        Map<String, Long> limits = new HashMap<>();
        jdbc.sql("select subject, max_amount from amount_limit where id in (select max(id) from amount_limit group by subject)")
                .query(rs -> {
                    limits.put(rs.getString(1), rs.getLong(2));
                });
        return new AmountLimits(limits);
    }

    private NormTable normTable(int year) {
        List<NormTable> tables = load("where t.id = (select max(id) from norm_table where year = :year)", Map.of("year", year));
        if (tables.isEmpty()) {
            throw new MissingRuleDataException("month", "Det finns ingen normtabell för " + year
                    + ". En administratör behöver lägga in riksnormen för " + year + " innan månaden kan beräknas.");
        }
        return tables.getFirst();
    }

    @Override
    public List<NormTable> normTables() {
        return load("where t.id in (select max(id) from norm_table group by year)", Map.of()).stream()
                .sorted((a, b) -> Integer.compare(b.year(), a.year())).toList();
    }

    private List<NormTable> load(String where, Map<String, Object> params) {
        record Row(long id, int year, TableStatus status, String source) {
        }
        List<Row> rows = jdbc.sql("select t.id, t.year, t.status, t.source from norm_table t " + where).params(params)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getInt(2), TableStatus.valueOf(rs.getString(3)), rs.getString(4))).list();
        List<NormTable> tables = new ArrayList<>();
        for (Row row : rows) {
            Map<String, Integer> amounts = new HashMap<>();
            jdbc.sql("select item, amount from norm_amount where norm_table_id = :id").param("id", row.id())
                    .query(rs -> {
                        amounts.put(rs.getString(1), rs.getInt(2));
                    });
            tables.add(toTable(row.id(), row.year(), row.status(), row.source(), amounts));
        }
        return tables;
    }

    static NormTable toTable(long id, int year, TableStatus status, String source, Map<String, Integer> amounts) {
        Map<PersonalCostBand, Integer> personal = new EnumMap<>(PersonalCostBand.class);
        Map<PersonalCostBand, Integer> lunch = new EnumMap<>(PersonalCostBand.class);
        for (PersonalCostBand band : PersonalCostBand.values()) {
            Integer amount = amounts.get(band.name());
            if (amount != null) {
                personal.put(band, amount);
            }
            Integer withLunch = amounts.get(band.name() + "_LUNCH");
            if (withLunch != null) {
                lunch.put(band, withLunch);
            }
        }
        int[] common = new int[8];
        for (int size = 1; size <= 7; size++) {
            Integer amount = amounts.get("COMMON_" + size);
            common[size] = amount == null ? -1 : amount;
        }
        return new NormTable(id, year, status, source, personal, lunch, common);
    }

    /** Item codes a norm table must have: every band, and common costs for 1–7 persons. */
    static final List<String> REQUIRED_ITEMS = requiredItems();
    static final List<String> OPTIONAL_ITEMS = optionalItems();

    private static List<String> requiredItems() {
        List<String> items = new ArrayList<>();
        for (PersonalCostBand band : PersonalCostBand.values()) {
            items.add(band.name());
        }
        for (int size = 1; size <= 7; size++) {
            items.add("COMMON_" + size);
        }
        return items;
    }

    private static List<String> optionalItems() {
        List<String> items = new ArrayList<>();
        for (PersonalCostBand band : PersonalCostBand.values()) {
            if (band.hasLunchVariant()) {
                items.add(band.name() + "_LUNCH");
            }
        }
        return items;
    }

    @Override
    @Transactional
    public NormTable addNormTable(int year, TableStatus status, String source, Map<String, Integer> amounts, String by) {
        List<FieldError> errors = new ArrayList<>();
        if (year < 2000 || year > 2100) {
            errors.add(new FieldError("year", "Ange ett år mellan 2000 och 2100."));
        }
        if (status == null) {
            errors.add(new FieldError("status", "Ange status: officiell, sekundär källa eller preliminär."));
        }
        if (source == null || source.isBlank()) {
            errors.add(new FieldError("source", "Ange källan till tabellen (t.ex. SFS-nummer eller Socialstyrelsens publikation)."));
        }
        for (String item : REQUIRED_ITEMS) {
            Integer amount = amounts.get(item);
            if (amount == null) {
                errors.add(new FieldError(item, "Belopp saknas för " + item + "."));
            } else if (amount < 0 || amount > 100_000) {
                errors.add(new FieldError(item, "Beloppet för " + item + " ska vara mellan 0 och 100 000 kr."));
            }
        }
        for (String item : amounts.keySet()) {
            if (!REQUIRED_ITEMS.contains(item) && !OPTIONAL_ITEMS.contains(item)) {
                errors.add(new FieldError(item, "Okänd post: " + item + "."));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Long replaces = jdbc.sql("select max(id) from norm_table where year = :y").param("y", year).query(Long.class).optional().orElse(null);
        long id = jdbc.sql("""
                insert into norm_table (year, status, source, created_by, replaces_id) values (:y, :s, :src, :by, :rep) returning id
                """)
                .param("y", year).param("s", status.name()).param("src", source.strip()).param("by", by).param("rep", replaces)
                .query(Long.class).single();
        amounts.forEach((item, amount) -> jdbc.sql("insert into norm_amount (norm_table_id, item, amount) values (:id, :item, :amount)")
                .param("id", id).param("item", item).param("amount", amount).update());
        return normTable(year);
    }

    @Override
    public List<PriceBaseAmount> priceBaseAmounts() {
        return jdbc.sql("select year, amount, source from price_base_amount order by year desc")
                .query((rs, n) -> new PriceBaseAmount(rs.getInt(1), rs.getInt(2), rs.getString(3))).list();
    }

    @Override
    public void addPriceBaseAmount(Integer year, Integer amount, String source) {
        List<FieldError> errors = new ArrayList<>();
        if (year == null || year < 2000 || year > 2100) {
            errors.add(new FieldError("pbbYear", "Ange ett år mellan 2000 och 2100."));
        } else if (priceBaseAmounts().stream().anyMatch(p -> p.year() == year)) {
            errors.add(new FieldError("pbbYear", "Prisbasbeloppet för " + year + " finns redan."));
        }
        if (amount == null || amount < 10_000 || amount > 500_000) {
            errors.add(new FieldError("pbbAmount", "Ange prisbasbeloppet i hela kronor (t.ex. 58800)."));
        }
        if (source == null || source.isBlank()) {
            errors.add(new FieldError("pbbSource", "Ange källan (regeringens förordning om prisbasbelopp)."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        jdbc.sql("insert into price_base_amount (year, amount, source) values (:y, :a, :s)")
                .param("y", year).param("a", amount).param("s", source.strip()).update();
    }

    @Override
    public void addCostCap(UnitId unit, CostCap cap, LocalDate validFrom, String by) {
        List<FieldError> errors = new ArrayList<>();
        if (cap.type() == null) {
            errors.add(new FieldError("type", "Välj kostnad."));
        }
        if (cap.amount() <= 0 || cap.amount() > 100_000) {
            errors.add(new FieldError("amount", "Ange taket i hela kronor (1–100 000)."));
        }
        if (cap.description() == null || cap.description().isBlank()) {
            errors.add(new FieldError("description", "Beskriv hushållstypen, t.ex. \"hushåll med ett barn\"."));
        }
        if (cap.source() == null || cap.source().isBlank()) {
            errors.add(new FieldError("source", "Ange källan, t.ex. nämndens beslut om riktlinjer."));
        }
        if (validFrom == null) {
            errors.add(new FieldError("validFrom", "Ange från vilket datum taket gäller."));
        }
        if (bad(cap.minAdults(), cap.maxAdults()) || bad(cap.minChildren(), cap.maxChildren())) {
            errors.add(new FieldError("minAdults", "Antal vuxna och barn: \"från\" kan inte vara större än \"till\", och inget är negativt."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        int position = jdbc.sql("select coalesce(max(position), 0) + 1 from cost_cap where unit_id = :u").param("u", unit.value())
                .query(Integer.class).single();
        jdbc.sql("""
                insert into cost_cap (id, unit_id, cost_type, min_adults, max_adults, min_children, max_children, amount, description,
                                      source, valid_from, position, created_by)
                values (:id, :u, :type, :minA, :maxA, :minC, :maxC, :amount, :desc, :src, :from, :pos, :by)
                """)
                .param("id", UUID.randomUUID()).param("u", unit.value()).param("type", cap.type().name())
                .param("minA", cap.minAdults()).param("maxA", cap.maxAdults()).param("minC", cap.minChildren()).param("maxC", cap.maxChildren())
                .param("amount", cap.amount()).param("desc", cap.description()).param("src", cap.source()).param("from", validFrom)
                .param("pos", position).param("by", by)
                .update();
    }

    private static boolean bad(Integer min, Integer max) {
        return (min != null && min < 0) || (max != null && max < 0) || (min != null && max != null && min > max);
    }

    @Override
    public List<CostCap> costCaps(UnitId unit, LocalDate on) {
        return jdbc.sql("""
                select * from cost_cap where unit_id = :u and valid_from <= :on and (valid_to is null or valid_to >= :on)
                order by position
                """)
                .param("u", unit.value()).param("on", on)
                .query((rs, n) -> new CostCap(CostType.valueOf(rs.getString("cost_type")),
                        (Integer) rs.getObject("min_adults"), (Integer) rs.getObject("max_adults"),
                        (Integer) rs.getObject("min_children"), (Integer) rs.getObject("max_children"),
                        rs.getLong("amount"), rs.getString("description"), rs.getString("source")))
                .list();
    }

    @Override
    public List<DatedCostCap> allCostCaps(UnitId unit) {
        return jdbc.sql("select * from cost_cap where unit_id = :u order by position").param("u", unit.value())
                .query((rs, n) -> new DatedCostCap(rs.getObject("id", UUID.class),
                        new CostCap(CostType.valueOf(rs.getString("cost_type")),
                                (Integer) rs.getObject("min_adults"), (Integer) rs.getObject("max_adults"),
                                (Integer) rs.getObject("min_children"), (Integer) rs.getObject("max_children"),
                                rs.getLong("amount"), rs.getString("description"), rs.getString("source")),
                        rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class)))
                .list();
    }

    @Override
    public void endCostCap(UnitId unit, UUID capId, LocalDate lastDay) {
        int updated = jdbc.sql("""
                update cost_cap set valid_to = :last
                where id = :id and unit_id = :u and valid_to is null and valid_from <= :last
                """).param("last", lastDay).param("id", capId).param("u", unit.value()).update();
        if (updated == 0) {
            throw new InvalidInputException("cap", "Taket finns inte, är redan avslutat eller börjar gälla efter " + lastDay + ".");
        }
    }

    @Override
    public String lawInForce(LocalDate date) {
        return lawVersion(date).title();
    }

    private record LawVersion(String code, String title, LocalDate inForceFrom, LocalDate inForceTo) {

        boolean inForceOn(LocalDate date) {
            return !inForceFrom.isAfter(date) && (inForceTo == null || !inForceTo.isBefore(date));
        }
    }

    private record LegalBasisRow(LegalSubject subject, String sol2025, String sol2001, String description) {
    }

    /** The laws and the legal-basis table: written by migrations only, so read once, after Flyway, and kept. */
    private record LawTexts(List<LawVersion> laws, List<LegalBasisRow> basis) {
    }

    private volatile LawTexts lawTexts;

    private LawTexts lawTexts() {
        LawTexts texts = lawTexts;
        if (texts == null) {
            texts = new LawTexts(
                    jdbc.sql("select code, title, in_force_from, in_force_to from law_version order by in_force_from")
                            .query((rs, n) -> new LawVersion(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                                    rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate())).list(),
                    jdbc.sql("select subject, sol_2025, sol_2001, description from legal_basis")
                            .query((rs, n) -> new LegalBasisRow(LegalSubject.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
                                    rs.getString(4))).list());
            lawTexts = texts;
        }
        return texts;
    }

    private LawVersion lawVersion(LocalDate date) {
        return lawTexts().laws().stream().filter(law -> law.inForceOn(date)).findFirst()
                .orElseThrow(() -> new MissingRuleDataException("date", "Ingen socialtjänstlag är registrerad som gällande " + date + "."));
    }

    /** The law in force and the legal-basis table in its numbering (read from the database once). */
    @Override
    public LegalBasis legalBasis(LocalDate date) {
        LawVersion law = lawVersion(date);
        boolean newLaw = law.title().contains("2025:400");
        Map<LegalSubject, String> references = new EnumMap<>(LegalSubject.class);
        Map<LegalSubject, String> descriptions = new EnumMap<>(LegalSubject.class);
        for (LegalBasisRow row : lawTexts().basis()) {
            references.put(row.subject(), (newLaw ? row.sol2025() : row.sol2001()) + " " + law.title());
            descriptions.put(row.subject(), row.description());
        }
        return new LegalBasis(law.code(), law.title(), references, descriptions);
    }
}
