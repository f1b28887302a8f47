/**
 * Shared kernel: infrastructure every module stands on (database start-up, clock, problem details,
 * page layout). It holds no business rules.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package se.ebba.shared;
