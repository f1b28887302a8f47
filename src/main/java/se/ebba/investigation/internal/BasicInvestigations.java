package se.ebba.investigation.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.ebba.casefile.domain.CaseId;
import se.ebba.investigation.domain.BasicInvestigation;
import se.ebba.investigation.domain.BasicInvestigationId;
import se.ebba.investigation.domain.Heading;
import se.ebba.investigation.domain.VersionInfo;

/** The grundutredningar, as append-only versions; the newest version of a case's document counts. */
public interface BasicInvestigations {

    /** The newest version of the case's grundutredning. */
    Optional<BasicInvestigation> newestOf(CaseId caseId);

    Optional<BasicInvestigation> version(BasicInvestigationId id, int version);

    /** Appends the version (and the document itself with its first version); a version someone else saved first is refused. */
    void append(BasicInvestigation version);

    List<VersionInfo> versionsOf(BasicInvestigationId id);

    /** The headings of part 2 valid on the day. */
    List<Heading> headingsValidOn(LocalDate day);
}
