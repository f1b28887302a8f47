/** Pure domain of applications: the aggregate and its state machine, applied items, typed ids. */
@org.springframework.modulith.NamedInterface("domain")
package se.ebba.application.domain;
