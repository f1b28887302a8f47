package se.ebba.calculation.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import se.ebba.calculation.domain.CalculationInput.Cost;
import se.ebba.calculation.domain.CalculationInput.Income;
import se.ebba.calculation.domain.CalculationInput.Member;

/** Fixture factory: households as a caseworker would describe them. */
final class Households {

    private final YearMonth month;
    private final List<Member> members = new ArrayList<>();
    private final List<Cost> costs = new ArrayList<>();
    private final List<Income> incomes = new ArrayList<>();
    private final List<CalculationInput.NormAdjustment> adjustments = new ArrayList<>();
    private final List<CalculationInput.OtherNeed> otherNeeds = new ArrayList<>();
    private Integer sharedHouseholdSize;

    private Households(String month) {
        this.month = YearMonth.parse(month);
    }

    static Households in(String month) {
        return new Households(month);
    }

    static Households singleAdult(String month) {
        return in(month).applicant("1985-03-02");
    }

    static Households couple(String month) {
        return in(month).applicant("1985-03-02").coApplicant("1987-01-20");
    }

    Households applicant(String birthDate) {
        members.add(new Member(MemberRole.APPLICANT, LocalDate.parse(birthDate), false, false));
        return this;
    }

    Households coApplicant(String birthDate) {
        members.add(new Member(MemberRole.CO_APPLICANT, LocalDate.parse(birthDate), false, false));
        return this;
    }

    Households child(String birthDate) {
        members.add(new Member(MemberRole.CHILD, LocalDate.parse(birthDate), false, false));
        return this;
    }

    /** A child who lives in two households: {@code days} of the month in this one. */
    Households childPartOfMonth(String birthDate, int days) {
        members.add(new Member(MemberRole.CHILD, LocalDate.parse(birthDate), false, false, days));
        return this;
    }

    Households childWithLunchOutside(String birthDate) {
        members.add(new Member(MemberRole.CHILD, LocalDate.parse(birthDate), true, false));
        return this;
    }

    Households childInSchool(String birthDate) {
        members.add(new Member(MemberRole.CHILD, LocalDate.parse(birthDate), false, true));
        return this;
    }

    Households sharing(int persons) {
        sharedHouseholdSize = persons;
        return this;
    }

    Households cost(CostType type, long amount) {
        costs.add(new Cost(type, amount));
        return this;
    }

    Households income(int member, IncomeType type, long amount) {
        incomes.add(new Income(member, type, amount, false, 0));
        return this;
    }

    Households incomeWithJobStimulus(int member, long salary) {
        incomes.add(new Income(member, IncomeType.SALARY, salary, true, 0));
        return this;
    }

    Households childEarnings(int member, long salary, long earnedEarlierThisYear) {
        incomes.add(new Income(member, IncomeType.SALARY, salary, false, earnedEarlierThisYear));
        return this;
    }

    Households normRaised(long amount, String reason) {
        adjustments.add(new CalculationInput.NormAdjustment(amount, reason));
        return this;
    }

    Households otherNeed(String description, long amount) {
        otherNeeds.add(new CalculationInput.OtherNeed(description, amount));
        return this;
    }

    CalculationInput build() {
        return new CalculationInput(month, members, sharedHouseholdSize, costs, incomes, adjustments, otherNeeds);
    }
}
