package se.ebba.payment.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import se.ebba.shared.InvalidInputException;

/**
 * The unit's payment window (utbetalningsfönster): the days of the month before the benefit month
 * when the month's payments are made, dated with a source. The default is the 25th–30th.
 */
public record PaymentWindow(int firstDay, int lastDay, LocalDate validFrom, String source) {

    public static final PaymentWindow DEFAULT = new PaymentWindow(25, 30, LocalDate.of(2000, 1, 1),
            "Standard i Ebba: 25–30 i månaden före stödmånaden (PROCESS.md)");

    public PaymentWindow {
        if (firstDay < 1 || firstDay > 28) {
            throw new InvalidInputException("firstDay", "Första dagen ska vara mellan 1 och 28.");
        }
        if (lastDay < firstDay || lastDay > 31) {
            throw new InvalidInputException("lastDay", "Sista dagen ska vara mellan första dagen och 31.");
        }
    }

    /**
     * The payment date of a benefit month: the window's first weekday in the month before; a date
     * that has already passed (a late decision) is the next weekday after today.
     */
    public LocalDate paymentDate(YearMonth benefitMonth, LocalDate today) {
        LocalDate planned = weekday(benefitMonth.minusMonths(1).atDay(firstDay));
        return planned.isAfter(today) ? planned : weekday(today.plusDays(1));
    }

    private static LocalDate weekday(LocalDate date) {
        LocalDate d = date;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }
}
