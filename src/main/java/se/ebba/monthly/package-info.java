/**
 * Monthly applications (PROCESS.md §3, the monthly cycle): a household's application for a benefit
 * month with its changed costs, incomes, bank statements and deposits, started from last month's;
 * the completeness check against a dated checklist, statement continuity per account, requests for
 * what is missing, the units' application window and the month's list of applications per unit.
 * Publishes {@link se.ebba.monthly.MonthlyApplicationCompleted}. See docs/monthly.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Monthly")
package se.ebba.monthly;
