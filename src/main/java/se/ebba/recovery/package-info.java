/**
 * Incorrect payments and recovery (felaktiga utbetalningar och återkrav, SoL 33 kap., RULES.md §8):
 * registration with cause and how it was found, the fraud investigator's (FUT) investigation, the
 * recovery decision within delegation, repayment plans, repayments, waivers and police reports, the
 * case's block and the unit's register. Publishes {@link se.ebba.recovery.RecoveryOpened} and
 * {@link se.ebba.recovery.RecoveryClosed}; see docs/recovery.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Recovery")
package se.ebba.recovery;
