package se.ebba.calculation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import se.ebba.calculation.domain.CostCap;
import se.ebba.calculation.domain.NormTable;
import se.ebba.calculation.domain.RuleSet;
import se.ebba.calculation.domain.TableStatus;
import se.ebba.identity.domain.UnitId;

/** The dated rule data: norm tables per year, prisbasbelopp, the unit's caps and the law in force. */
public interface RuleTables {

    /**
     * The rules for a benefit month: the year's norm table (the newest version), its prisbasbelopp,
     * the unit's caps valid on the first day of the month (none when {@code unit} is null) and the
     * legal references of the law in force on {@code lawDate}.
     *
     * @throws se.ebba.calculation.domain.MissingRuleDataException when the year has no norm table
     */
    /** The plausible upper bound per kind of amount (table amount_limit, the newest row per subject). */
    se.ebba.calculation.domain.AmountLimits amountLimits();

    RuleSet forMonth(YearMonth month, UnitId unit, LocalDate lawDate);

    /** Every year's table in force, newest year first. */
    List<NormTable> normTables();

    /** Adds a table for the year, replacing the one in force (which is kept for past calculations). */
    NormTable addNormTable(int year, TableStatus status, String source, Map<String, Integer> amounts, String by);

    /** Prisbasbelopp per year, newest first. */
    List<PriceBaseAmount> priceBaseAmounts();

    /** Adds the prisbasbelopp of a year that has none (a year's amount is fixed once decided). */
    void addPriceBaseAmount(Integer year, Integer amount, String source);

    record PriceBaseAmount(int year, int amount, String source) {
    }

    void addCostCap(UnitId unit, CostCap cap, LocalDate validFrom, String by);

    List<CostCap> costCaps(UnitId unit, LocalDate on);

    /** Every cap of the unit, also ended and future ones, in the unit's order. */
    List<DatedCostCap> allCostCaps(UnitId unit);

    /** Ends a cap: it no longer applies after {@code lastDay}. The cap itself is kept. */
    void endCostCap(UnitId unit, java.util.UUID capId, LocalDate lastDay);

    record DatedCostCap(java.util.UUID id, CostCap cap, LocalDate validFrom, LocalDate validTo) {
    }

    /** The law in force on a date, e.g. "socialtjänstlagen (2025:400)". */
    String lawInForce(LocalDate date);

    /** The law in force on a date and the legal-basis table in that law's numbering (RULES.md §1). */
    LegalBasis legalBasis(LocalDate date);

    /**
     * @param references   e.g. RIGHT_TO_ASSISTANCE → "12 kap. 1 § socialtjänstlagen (2025:400)"
     * @param descriptions what each subject is about, in Swedish
     */
    record LegalBasis(String lawCode, String lawTitle, Map<se.ebba.calculation.domain.LegalSubject, String> references,
                      Map<se.ebba.calculation.domain.LegalSubject, String> descriptions) {
    }
}
