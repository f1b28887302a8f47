/**
 * Quality (SOSFS 2011:9, QUALITY.md): the unit's management system for systematic quality work. So
 * far the continuous case audit: the criteria of the inspectors' case file audit, evaluated on a
 * case from its own data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Quality")
package se.ebba.quality;
