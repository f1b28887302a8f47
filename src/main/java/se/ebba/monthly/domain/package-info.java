/** Pure rules of monthly applications: the facts of a version, statement continuity, completeness, the application window. */
@org.springframework.modulith.NamedInterface("domain")
package se.ebba.monthly.domain;
