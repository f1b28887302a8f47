/**
 * Change plan (förändringsplan, Initial bedömning part 4): the plan agreed with the applicant, its
 * versions, follow-ups, signature and missed activities, and the unit's plan overview.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Change plan")
package se.ebba.changeplan;
