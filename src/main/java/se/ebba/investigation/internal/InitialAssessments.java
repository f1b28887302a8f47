package se.ebba.investigation.internal;

import java.util.Optional;
import se.ebba.casefile.domain.CaseId;
import se.ebba.investigation.domain.InitialAssessmentPart1;
import se.ebba.investigation.domain.InitialAssessmentPart3;

/** Initial bedömning parts 1 and 3 of each case, as append-only versions; the newest counts. */
public interface InitialAssessments {

    Optional<InitialAssessmentPart1> newestPart1(CaseId caseId);

    Optional<InitialAssessmentPart3> newestPart3(CaseId caseId);

    /** Appends the version; a version someone else saved first is refused. */
    void append(InitialAssessmentPart1 part1);

    void append(InitialAssessmentPart3 part3);
}
