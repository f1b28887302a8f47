/**
 * Controls calendar (årshjul, QUALITY.md): the unit's recurring checks of its households as dated
 * data with a source, which households of the ongoing cases are due for which check in a month, and
 * the caseworkers' marks that a check was done with its result.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Controls calendar")
package se.ebba.controls;
