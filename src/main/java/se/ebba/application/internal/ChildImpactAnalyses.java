package se.ebba.application.internal;

import java.util.List;
import java.util.UUID;
import se.ebba.application.domain.ApplicationId;
import se.ebba.application.domain.ChildImpactAnalysis;

/** The child impact analyses of applications. Appended, never changed: a newer one replaces the older. */
public interface ChildImpactAnalyses {

    void add(ChildImpactAnalysis analysis, UUID writtenBy);

    /** The application's analyses, oldest first. */
    List<ChildImpactAnalysis> ofApplication(ApplicationId applicationId);
}
