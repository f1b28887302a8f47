/** Pure domain of the investigation: the grundutredning, its completeness policy, the referral rule and the Initial bedömning forms. */
@org.springframework.modulith.NamedInterface("domain")
package se.ebba.investigation.domain;
