/**
 * Intake (mottagning): the first contact with a person, the preliminary assessment against the
 * norm, the duplicate and residence checks, emergency assistance, and the way to a formal
 * application (PROCESS.md §1).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intake")
package se.ebba.intake;
