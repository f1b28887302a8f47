package se.ebba.monthly;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import se.ebba.application.domain.ApplicationId;
import se.ebba.calculation.domain.CalculationInput;
import se.ebba.casefile.domain.CaseId;

/**
 * A monthly application became complete: everything needed to calculate and decide the benefit month
 * is in. It carries the facts the month's proposal is prepared from.
 *
 * @param late                the application came in after the unit's application window
 * @param input               the month as applied for: household, costs, incomes per member and type, other needs
 * @param unaccountedDeposits deposits on the household's bank statements that no stated income explains
 */
public record MonthlyApplicationCompleted(CaseId caseId, ApplicationId applicationId, YearMonth month, Instant completedAt,
                                          boolean late, CalculationInput input, List<Deposit> unaccountedDeposits) {

    /** A deposit on one of the household's accounts; the account as the statement names it. */
    public record Deposit(String account, LocalDate bookedOn, long amount) {
    }
}
