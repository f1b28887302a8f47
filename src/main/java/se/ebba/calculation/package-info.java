/**
 * Calculation: the national norm (riksnorm) and other yearly rule data, the unit's caps on
 * reasonable costs, and the pure calculation of försörjningsstöd (SoL 12 kap. 1 och 7 §§).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calculation")
package se.ebba.calculation;
