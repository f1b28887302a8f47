package se.ebba.application.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * Barnkonsekvensanalys for one child before a decision that may affect the child negatively
 * (SoL 3 kap. 1 §): the child's situation, how the decision affects the child, and how the
 * child's best interests were weighed. A newer analysis of the same child replaces the older one.
 */
public record ChildImpactAnalysis(UUID id, ApplicationId applicationId, UUID childPersonId, String situation, String effect,
                                  String bestInterests, Instant writtenAt, String writtenByName, UUID correctsId) {
}
