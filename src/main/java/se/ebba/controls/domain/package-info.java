/** Pure domain of the controls calendar: the dated checks, which households they concern, and the marks. */
@org.springframework.modulith.NamedInterface("domain")
package se.ebba.controls.domain;
