package se.ebba.appeal.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * Days on which a deadline cannot end. Lagen (1930:173) om beräkning av lagstadgad tid, 2 §: a
 * deadline that ends on a Saturday, a Sunday, another public holiday (lagen (1989:253) om allmänna
 * helgdagar), midsommarafton, julafton or nyårsafton moves to the next weekday.
 */
public final class SwedishCalendar {

    private static final Set<MonthDay> FIXED = Set.of(
            MonthDay.of(1, 1),   // nyårsdagen
            MonthDay.of(1, 6),   // trettondedag jul
            MonthDay.of(5, 1),   // första maj
            MonthDay.of(6, 6),   // nationaldagen
            MonthDay.of(12, 24), // julafton (lag 1930:173)
            MonthDay.of(12, 25), // juldagen
            MonthDay.of(12, 26), // annandag jul
            MonthDay.of(12, 31)  // nyårsafton (lag 1930:173)
    );

    private SwedishCalendar() {
    }

    /** True when a deadline may not end on the day. */
    public static boolean isClosed(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        if (weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY) {
            return true; // also covers midsommardagen, alla helgons dag, påskdagen and pingstdagen
        }
        if (FIXED.contains(MonthDay.from(day))) {
            return true;
        }
        LocalDate easter = easterSunday(day.getYear());
        if (day.equals(easter.minusDays(2)) || day.equals(easter.plusDays(1)) || day.equals(easter.plusDays(39))) {
            return true; // långfredagen, annandag påsk, Kristi himmelsfärdsdag
        }
        // midsommarafton: the Friday between 19 and 25 June (lag 1930:173)
        return weekday == DayOfWeek.FRIDAY && day.getMonthValue() == 6 && day.getDayOfMonth() >= 19 && day.getDayOfMonth() <= 25;
    }

    /** The day itself when open, otherwise the next day a deadline may end on. */
    public static LocalDate nextOpenDay(LocalDate day) {
        LocalDate d = day;
        while (isClosed(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
