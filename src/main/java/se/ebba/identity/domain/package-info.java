/** Pure domain types of identity: personnummer, roles and typed ids, shared with other modules. */
@org.springframework.modulith.NamedInterface("domain")
package se.ebba.identity.domain;
