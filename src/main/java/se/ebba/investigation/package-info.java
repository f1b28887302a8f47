/**
 * Investigation (utredning): Initial bedömning parts 1 and 3, the grundutredning with its fixed
 * headings and versions, and the referral from intake to the ongoing team.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Investigation")
package se.ebba.investigation;
