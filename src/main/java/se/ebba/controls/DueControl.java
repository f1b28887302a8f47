package se.ebba.controls;

import java.time.YearMonth;

/**
 * A check of the controls calendar due for a household in a month, for other modules (the monthly
 * proposal flags it).
 *
 * @param check the check in the unit's words, in Swedish ("Kontroll av pass eller id-handling")
 * @param month the month it is due
 * @param done  whether a caseworker has marked it done (with any result)
 */
public record DueControl(String check, YearMonth month, boolean done) {
}
