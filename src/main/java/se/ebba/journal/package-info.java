/**
 * Journal: the case's chronological, append-only notes (SOSFS 2014:5). A correction is a new
 * entry pointing at the one it corrects.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Journal")
package se.ebba.journal;
