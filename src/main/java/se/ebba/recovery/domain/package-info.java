/** Pure domain of incorrect payments and recovery: the matter, its steps and the conditions of SoL 33 kap. */
@org.springframework.modulith.NamedInterface("domain")
package se.ebba.recovery.domain;
