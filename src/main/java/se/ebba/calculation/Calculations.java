package se.ebba.calculation;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import se.ebba.calculation.domain.CalculationInput;
import se.ebba.calculation.domain.CalculationResult;
import se.ebba.calculation.domain.Calculator;
import se.ebba.identity.domain.UnitId;

/** The calculation's API: looks up the month's rules and runs the pure calculator. */
@Service
public class Calculations {

    private final RuleTables rules;

    Calculations(RuleTables rules) {
        this.rules = rules;
    }

    /**
     * Calculates the month with the unit's caps (none when {@code unit} is null). The legal
     * references are those of the law in force on the first day of the benefit month; a decision
     * cites the law in force on its own date.
     */
    public CalculationResult calculate(CalculationInput input, UnitId unit) {
        // Input errors are reported before a missing table of the month.
        Calculator.validate(input);
        LocalDate lawDate = input.month().atDay(1);
        return Calculator.calculate(input, rules.forMonth(input.month(), unit, lawDate));
    }
}
