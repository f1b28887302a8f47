/** Demo: fictitious units, users and households for the demo profile. Never loaded in production. */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package se.ebba.demo;
