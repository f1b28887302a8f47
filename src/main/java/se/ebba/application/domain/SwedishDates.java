package se.ebba.application.domain;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;

/** Dates as a letter says them. */
public final class SwedishDates {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private SwedishDates() {
    }

    /** "december 2026". */
    public static String month(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, SWEDISH) + " " + month.getYear();
    }
}
