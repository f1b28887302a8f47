package se.ebba.calculation.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Everything a month's calculation depends on besides the tables. Amounts are whole kronor per
 * month, incomes net of tax.
 *
 * @param sharedHouseholdSize when set, the applicant shares a household of this many persons
 *                            without being a sambo: the common costs are shared (RULES.md §2)
 */
public record CalculationInput(YearMonth month, List<Member> members, Integer sharedHouseholdSize, List<Cost> costs,
                               List<Income> incomes, List<NormAdjustment> normAdjustments, List<OtherNeed> otherNeeds) {

    public CalculationInput {
        members = List.copyOf(members);
        costs = costs == null ? List.of() : List.copyOf(costs);
        incomes = incomes == null ? List.of() : List.copyOf(incomes);
        normAdjustments = normAdjustments == null ? List.of() : List.copyOf(normAdjustments);
        otherNeeds = otherNeeds == null ? List.of() : List.copyOf(otherNeeds);
    }

    /**
     * @param daysInHousehold for a child who lives in two households (växelvis boende, umgänge): the days
     *                        of the month the child stays in this household; null when the child lives
     *                        here the whole month (SOSFS 2013:1, RULES.md §4)
     */
    public record Member(MemberRole role, LocalDate birthDate, boolean lunchOutsideHome, boolean inSchool, Integer daysInHousehold) {

        /** A member who lives in the household the whole month. */
        public Member(MemberRole role, LocalDate birthDate, boolean lunchOutsideHome, boolean inSchool) {
            this(role, birthDate, lunchOutsideHome, inSchool, null);
        }

        /** Whether the member stays only part of {@code month} in the household. */
        public boolean partOf(YearMonth month) {
            return daysInHousehold != null && daysInHousehold < month.lengthOfMonth();
        }
    }

    public record Cost(CostType type, long amount) {
    }

    /**
     * @param member              index into {@link CalculationInput#members()}
     * @param jobStimulus         the member qualifies for jobbstimulans this month (SoL 12 kap. 8 §)
     * @param earnedEarlierThisYear a child's earnings earlier in the calendar year, for the yearly exemption
     */
    public record Income(int member, IncomeType type, long amount, boolean jobStimulus, long earnedEarlierThisYear) {
    }

    /** The norm raised (positive) or lowered (negative) for special reasons, which must be given. */
    public record NormAdjustment(long amount, String reason) {
    }

    /** Livsföring i övrigt: a need assessed on its own, e.g. glasses or a rent deposit. */
    public record OtherNeed(String description, long amount) {
    }
}
