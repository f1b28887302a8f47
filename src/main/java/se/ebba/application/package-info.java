/**
 * Application: an application (ansökan) for a benefit month with its applied items, its state from
 * received to decided, notified or appealed (PROCESS.md §5) with who/when/why of every transition,
 * and the child impact analyses written for it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Application")
package se.ebba.application;
