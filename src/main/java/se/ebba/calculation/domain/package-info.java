/** The pure calculation engine and its rule tables: no database, no clock. */
@org.springframework.modulith.NamedInterface("domain")
package se.ebba.calculation.domain;
