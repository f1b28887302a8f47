/**
 * Audit: the append-only access log of every view of a case, person or journal and every change,
 * and the unit manager's review of it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package se.ebba.audit;
