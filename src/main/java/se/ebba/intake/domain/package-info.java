/** Pure domain of intake: contacts, preliminary assessments, residence checks and the emergency checklist. */
@org.springframework.modulith.NamedInterface("domain")
package se.ebba.intake.domain;
