/** Pure domain of the case file: the case aggregate, its states, households and allocation policy. */
@org.springframework.modulith.NamedInterface("domain")
package se.ebba.casefile.domain;
