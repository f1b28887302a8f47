package se.ebba.decision;

import java.time.LocalDate;

/**
 * A decision that went against the applicant, as the quality module's audit reads it: when, and for
 * how many of the household's children no child impact analysis was written before it (SoL 2025:400
 * 1 kap. 10 §, QUALITY.md).
 */
public record RefusalFacts(LocalDate decidedOn, int childrenWithoutAnalysis) {
}
