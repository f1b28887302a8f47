/** Pure domain of the change plan: the plan aggregate, its versions and the goal and follow-up policies. */
@org.springframework.modulith.NamedInterface("domain")
package se.ebba.changeplan.domain;
