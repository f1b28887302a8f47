package se.ebba.calculation.domain;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/** Fixture factory: the norm tables of RULES.md §2 as rule sets, without a database. */
final class RuleSets {

    private RuleSets() {
    }

    static final Map<LegalSubject, String> SOL_2025 = refs(" socialtjänstlagen (2025:400)", true);
    static final Map<LegalSubject, String> SOL_2001 = refs(" socialtjänstlagen (2001:453)", false);

    static RuleSet year2019() {
        return rules(table(2019, TableStatus.OFFICIAL, new int[] {2130, 2380, 2120, 2380, 2990, 3440, 3880, 3910, 3090, 5570},
                new int[] {2000, 2190, 1940, 2120}, new int[] {0, 990, 1100, 1380, 1570, 1810, 2050, 2220}), OptionalLong.empty(), SOL_2001);
    }

    static RuleSet year2021() {
        return rules(table(2021, TableStatus.OFFICIAL, new int[] {2180, 2440, 2170, 2440, 3060, 3520, 3970, 4000, 3160, 5700},
                new int[] {2050, 2240, 1990, 2170}, new int[] {0, 1020, 1130, 1420, 1610, 1860, 2100, 2270}), OptionalLong.empty(), SOL_2001);
    }

    static RuleSet year2023() {
        return rules(table(2023, TableStatus.SECONDARY, new int[] {2420, 2700, 2410, 2700, 3380, 3890, 4390, 4430, 3490, 6300},
                null, new int[] {0, 1130, 1250, 1580, 1790, 2060, 2330, 2510}), OptionalLong.of(52_500), SOL_2001);
    }

    static RuleSet year2026() {
        return rules(table(2026, TableStatus.PROVISIONAL, new int[] {2730, 3010, 2700, 3030, 3800, 4370, 4930, 4980, 3940, 7100},
                null, new int[] {0, 1280, 1410, 1780, 2000, 2310, 2610, 2830}), OptionalLong.empty(), SOL_2025);
    }

    static RuleSet withCaps(RuleSet rules, CostCap... caps) {
        return new RuleSet(rules.normTable(), rules.priceBaseAmount(), List.of(caps), rules.legalReferences(), rules.normRegulation());
    }

    static RuleSet rules(NormTable table, OptionalLong pbb, Map<LegalSubject, String> refs) {
        return new RuleSet(table, pbb, List.of(), refs, "2 kap. 1 § socialtjänstförordningen (2001:937)");
    }

    static NormTable table(int year, TableStatus status, int[] personal, int[] lunch, int[] common) {
        Map<PersonalCostBand, Integer> p = new EnumMap<>(PersonalCostBand.class);
        PersonalCostBand[] bands = PersonalCostBand.values();
        for (int i = 0; i < bands.length; i++) {
            p.put(bands[i], personal[i]);
        }
        Map<PersonalCostBand, Integer> l = new EnumMap<>(PersonalCostBand.class);
        if (lunch != null) {
            for (int i = 0; i < 4; i++) {
                l.put(bands[i], lunch[i]);
            }
        }
        return new NormTable(year, year, status, "test: RULES.md " + year, p, l, common);
    }

    private static Map<LegalSubject, String> refs(String law, boolean newLaw) {
        Map<LegalSubject, String> refs = new EnumMap<>(LegalSubject.class);
        refs.put(LegalSubject.RIGHT_TO_ASSISTANCE, (newLaw ? "12 kap. 1 §" : "4 kap. 1 §") + law);
        refs.put(LegalSubject.LIVELIHOOD_SUPPORT_SCOPE, (newLaw ? "12 kap. 7 §" : "4 kap. 3 §") + law);
        refs.put(LegalSubject.JOB_STIMULUS, (newLaw ? "12 kap. 8 §" : "4 kap. 1 b §") + law);
        refs.put(LegalSubject.CHILDREN_EARNINGS_EXEMPT, (newLaw ? "12 kap. 9 §" : "4 kap. 1 a §") + law);
        return refs;
    }
}
