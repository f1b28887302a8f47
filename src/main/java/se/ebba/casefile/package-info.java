/**
 * Case file: households, their cases (ärenden) with state history, case numbers, allocation to a
 * responsible caseworker (by the team lead or the birth-day rule), caseloads and search.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Case file")
package se.ebba.casefile;
