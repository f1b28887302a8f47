/**
 * Appeal: the day the applicant received a decision (delgivning) with the last day to appeal, and
 * appeals with their steps (förvaltningslagen 39, 44–46 §§).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Appeal")
package se.ebba.appeal;
