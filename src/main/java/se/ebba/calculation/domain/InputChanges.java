package se.ebba.calculation.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import se.ebba.calculation.domain.CalculationInput.Income;
import se.ebba.calculation.domain.CalculationInput.Member;

/**
 * What changed in a household's calculation input from one month to the next (PROCESS.md §3: a new
 * month starts from last month's, and what changed is what the payment officer looks at). A pure
 * comparison: members by their place in the household, costs and incomes summed per type (incomes
 * per member and type), other needs and norm adjustments by their text.
 */
public record InputChanges(List<Change> changes) {

    public enum Area {
        HOUSEHOLD("Hushållet"),
        COST("Kostnader"),
        INCOME("Inkomster"),
        OTHER_NEED("Övriga behov"),
        NORM_ADJUSTMENT("Justering av normen");

        private final String text;

        Area(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    /**
     * One change, described in Swedish. {@code before} and {@code after} are amounts in whole kronor
     * (or the number of members for {@link Area#HOUSEHOLD}); zero where there was or is none.
     */
    public record Change(Area area, String subject, long before, long after) {

        public Change {
            Objects.requireNonNull(area, "area");
            Objects.requireNonNull(subject, "subject");
        }

        /** For example "Boendekostnad: 7 200 kr → 7 500 kr", "Lön (person 2): ny, 3 000 kr". */
        public String text() {
            if (area == Area.HOUSEHOLD) {
                // A change without a count (another person, school lunch, days) is said in its subject alone.
                return before == 0 && after == 0 ? subject : subject + ": " + before + " → " + after;
            }
            if (before == 0) {
                return subject + ": ny, " + kr(after);
            }
            if (after == 0) {
                return subject + ": borttagen (var " + kr(before) + ")";
            }
            return subject + ": " + kr(before) + " → " + kr(after);
        }

        private static String kr(long amount) {
            return Kronor.format(amount) + " kr";
        }
    }

    public InputChanges {
        changes = List.copyOf(changes);
    }

    public boolean none() {
        return changes.isEmpty();
    }

    public List<Change> in(Area area) {
        return changes.stream().filter(c -> c.area() == area).toList();
    }

    /** The changes from {@code previous} (last month's input) to {@code current}. */
    public static InputChanges between(CalculationInput previous, CalculationInput current) {
        List<Change> changes = new ArrayList<>();
        household(previous.members(), current.members(), changes);
        compare(Area.COST, sums(previous.costs(), c -> c.type().text(), CalculationInput.Cost::amount),
                sums(current.costs(), c -> c.type().text(), CalculationInput.Cost::amount), changes);
        compare(Area.INCOME, sums(previous.incomes(), InputChanges::incomeSubject, Income::amount),
                sums(current.incomes(), InputChanges::incomeSubject, Income::amount), changes);
        compare(Area.OTHER_NEED, sums(previous.otherNeeds(), n -> n.description().strip(), CalculationInput.OtherNeed::amount),
                sums(current.otherNeeds(), n -> n.description().strip(), CalculationInput.OtherNeed::amount), changes);
        compare(Area.NORM_ADJUSTMENT, sums(previous.normAdjustments(), a -> a.reason().strip(), CalculationInput.NormAdjustment::amount),
                sums(current.normAdjustments(), a -> a.reason().strip(), CalculationInput.NormAdjustment::amount), changes);
        return new InputChanges(changes);
    }

    private static void household(List<Member> before, List<Member> after, List<Change> changes) {
        if (before.size() != after.size()) {
            changes.add(new Change(Area.HOUSEHOLD, "Antal personer", before.size(), after.size()));
        }
        for (int i = 0; i < Math.min(before.size(), after.size()); i++) {
            Member b = before.get(i);
            Member a = after.get(i);
            if (b.role() != a.role() || !b.birthDate().equals(a.birthDate())) {
                changes.add(new Change(Area.HOUSEHOLD, "Person " + (i + 1) + " är en annan person", 0, 0));
            } else {
                if (b.lunchOutsideHome() != a.lunchOutsideHome() || b.inSchool() != a.inSchool()) {
                    changes.add(new Change(Area.HOUSEHOLD, "Person " + (i + 1) + ": ändrad skollunch eller skolgång", 0, 0));
                }
                if (!java.util.Objects.equals(b.daysInHousehold(), a.daysInHousehold())) {
                    changes.add(new Change(Area.HOUSEHOLD, "Person " + (i + 1) + ": dagar i hushållet " + days(b) + " → " + days(a), 0, 0));
                }
            }
        }
    }

    private static String days(Member m) {
        return m.daysInHousehold() == null ? "hela månaden" : String.valueOf(m.daysInHousehold());
    }

    private static String incomeSubject(Income income) {
        return income.type().text() + " (person " + (income.member() + 1) + ")";
    }

    private static <T> Map<String, Long> sums(List<T> items, Function<T, String> subject, Function<T, Long> amount) {
        Map<String, Long> sums = new LinkedHashMap<>();
        for (T item : items) {
            sums.merge(subject.apply(item), amount.apply(item), Long::sum);
        }
        return sums;
    }

    private static void compare(Area area, Map<String, Long> before, Map<String, Long> after, List<Change> changes) {
        for (Map.Entry<String, Long> b : before.entrySet()) {
            long a = after.getOrDefault(b.getKey(), 0L);
            if (a != b.getValue()) {
                changes.add(new Change(area, b.getKey(), b.getValue(), a));
            }
        }
        for (Map.Entry<String, Long> a : after.entrySet()) {
            if (!before.containsKey(a.getKey()) && a.getValue() != 0) {
                changes.add(new Change(area, a.getKey(), 0, a.getValue()));
            }
        }
    }
}
