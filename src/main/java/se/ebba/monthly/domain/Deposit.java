package se.ebba.monthly.domain;

import java.time.LocalDate;
import java.util.OptionalInt;

/**
 * A deposit on a bank statement. {@code accountedBy} is the index of the stated income (in the
 * month's {@code CalculationInput.incomes()}) that explains it; empty when no stated income does:
 * every deposit counts as income (PROCESS.md §3), so an unaccounted one is for the officer to look at.
 */
public record Deposit(LocalDate bookedOn, long amount, OptionalInt accountedBy) {

    public boolean accounted() {
        return accountedBy.isPresent();
    }
}
