/** Pure domain of the quality system: the audit criteria, the facts of a case they read, and the rules. */
@org.springframework.modulith.NamedInterface("domain")
package se.ebba.quality.domain;
