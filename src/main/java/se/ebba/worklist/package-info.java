/**
 * Worklists: the units' dated process settings (PROCESS.md §1–§4), tasks with due dates on every
 * case derived from the case's events, Mina ärenden's and the team's due and overdue tasks, and the
 * daily job that closes cases without applications.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Worklist")
package se.ebba.worklist;
