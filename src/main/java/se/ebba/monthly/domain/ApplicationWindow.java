package se.ebba.monthly.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import se.ebba.shared.InvalidInputException.FieldError;

/**
 * A unit's monthly windows (PROCESS.md §3), dated with a source: the application for a benefit month
 * comes in between {@code opensDay} and {@code closesDay} of the month before; payment is made between
 * {@code paymentFromDay} and {@code paymentToDay} of that month; a request for documents gives
 * {@code requestDays} days.
 */
public record ApplicationWindow(LocalDate validFrom, int opensDay, int closesDay, int paymentFromDay, int paymentToDay, int requestDays,
                                String source) {

    /** The same window with the payment days of the payment module's window (which dates the payments). */
    public ApplicationWindow withPaymentDays(int fromDay, int toDay) {
        return new ApplicationWindow(validFrom, opensDay, closesDay, fromDay, toDay, requestDays, source);
    }

    public LocalDate opensOn(YearMonth benefitMonth) {
        return benefitMonth.minusMonths(1).atDay(opensDay);
    }

    public LocalDate closesOn(YearMonth benefitMonth) {
        return benefitMonth.minusMonths(1).atDay(closesDay);
    }

    /** An application that came in after the window closed is late (early is not late). */
    public boolean late(YearMonth benefitMonth, LocalDate receivedOn) {
        return receivedOn.isAfter(closesOn(benefitMonth));
    }

    public LocalDate requestDueOn(LocalDate requestedOn) {
        return requestedOn.plusDays(requestDays);
    }

    /** The day of the month before the benefit month whose window setting applies: its first day. */
    public static LocalDate settingDayFor(YearMonth benefitMonth) {
        return benefitMonth.minusMonths(1).atDay(1);
    }

    /** Everything wrong with a new setting, in Swedish. */
    public List<FieldError> errors(LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (validFrom == null) {
            errors.add(new FieldError("validFrom", "Ange från vilket datum inställningen gäller."));
        } else if (validFrom.isBefore(today)) {
            errors.add(new FieldError("validFrom", "Inställningen kan gälla från i dag eller senare, inte från ett datum som har passerat."));
        }
        if (opensDay < 1 || opensDay > 28) {
            errors.add(new FieldError("opensDay", "Ansökningsperioden börjar en dag mellan 1 och 28."));
        }
        if (closesDay < 1 || closesDay > 28) {
            errors.add(new FieldError("closesDay", "Ansökningsperioden slutar en dag mellan 1 och 28."));
        } else if (closesDay < opensDay) {
            errors.add(new FieldError("closesDay", "Ansökningsperioden kan inte sluta före den börjar."));
        }
        if (paymentFromDay < 1 || paymentFromDay > 31) {
            errors.add(new FieldError("paymentFromDay", "Utbetalningsperioden börjar en dag mellan 1 och 31."));
        }
        if (paymentToDay < 1 || paymentToDay > 31) {
            errors.add(new FieldError("paymentToDay", "Utbetalningsperioden slutar en dag mellan 1 och 31."));
        } else if (paymentToDay < paymentFromDay) {
            errors.add(new FieldError("paymentToDay", "Utbetalningsperioden kan inte sluta före den börjar."));
        }
        if (requestDays < 1 || requestDays > 60) {
            errors.add(new FieldError("requestDays", "Tiden för komplettering är mellan 1 och 60 dagar."));
        }
        if (source == null || source.isBlank()) {
            errors.add(new FieldError("source", "Ange källan: vilket beslut eller vilken rutin inställningen bygger på."));
        } else if (source.length() > 500) {
            errors.add(new FieldError("source", "Källan får vara högst 500 tecken."));
        }
        return errors;
    }
}
