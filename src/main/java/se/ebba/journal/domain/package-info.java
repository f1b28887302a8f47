/** Pure domain of the journal: entries, their types and corrections. */
@org.springframework.modulith.NamedInterface("domain")
package se.ebba.journal.domain;
