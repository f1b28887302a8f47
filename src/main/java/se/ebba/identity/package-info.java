/**
 * Identity: the people the unit serves, the units and districts, the staff who log in, their
 * roles and rights (including access to protected identities).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package se.ebba.identity;
