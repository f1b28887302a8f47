package se.ebba.application;

import se.ebba.application.domain.ChildImpactAnalysis;
import se.ebba.identity.PersonView;

/** A child of the household and its newest child impact analysis for an application (null when none). */
public record ChildStatus(PersonView child, ChildImpactAnalysis analysis) {
}
