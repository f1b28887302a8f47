/** Pure domain of appeals: the appeal deadline on the Swedish calendar, appeals and their steps. */
@org.springframework.modulith.NamedInterface("domain")
package se.ebba.appeal.domain;
