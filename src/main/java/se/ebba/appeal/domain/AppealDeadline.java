package se.ebba.appeal.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * The last day to appeal: the appeal must reach the authority within three weeks from the day the
 * applicant received the decision (förvaltningslagen 2017:900, 44 §), moved to the next weekday
 * when that day is closed (lag 1930:173). The period is a parameter so that it stays data.
 */
public record AppealDeadline(LocalDate notified, Period period, LocalDate lastDay, boolean moved) {

    public static final Period THREE_WEEKS = Period.ofWeeks(3);

    public AppealDeadline {
        Objects.requireNonNull(notified);
        Objects.requireNonNull(period);
        Objects.requireNonNull(lastDay);
    }

    public static AppealDeadline from(LocalDate notified, Period period) {
        LocalDate nominal = notified.plus(period);
        LocalDate lastDay = SwedishCalendar.nextOpenDay(nominal);
        return new AppealDeadline(notified, period, lastDay, !lastDay.equals(nominal));
    }
}
