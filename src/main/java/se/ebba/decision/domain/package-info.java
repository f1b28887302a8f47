/** Pure domain of decisions: deadlines and the Swedish calendar they are computed on. */
@org.springframework.modulith.NamedInterface("domain")
package se.ebba.decision.domain;
