package se.ebba.investigation;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.ebba.audit.AccessAction;
import se.ebba.audit.AccessEvent.Subject;
import se.ebba.audit.AccessEvent.SubjectType;
import se.ebba.casefile.CaseDetails;
import se.ebba.casefile.CaseFiles;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.CurrentUser;
import se.ebba.investigation.domain.InitialAssessmentPart1;
import se.ebba.investigation.domain.InitialAssessmentPart3;
import se.ebba.investigation.internal.InitialAssessments;
import se.ebba.shared.ConcurrentEditException;

/**
 * Initial bedömning parts 1 and 3 of a case: read them and save a new version, through the case
 * file's access rules, with one access-log row per view or save.
 */
@Service
public class InitialAssessmentService {

    static final String STALE = "Någon annan har sparat formuläret medan du skrev. Det du skrev nu är inte sparat. "
            + "Kopiera din text, ladda om sidan och för in ändringarna i den nya versionen.";

    private final InitialAssessments assessments;
    private final CaseFiles caseFiles;
    private final Clock clock;

    InitialAssessmentService(InitialAssessments assessments, CaseFiles caseFiles, Clock clock) {
        this.assessments = assessments;
        this.caseFiles = caseFiles;
        this.clock = clock;
    }

    /** Initial bedömning parts 1 and 3 of the case, with the household they are about; the newest versions, if any. */
    public record Page(CaseDetails caseDetails, Optional<InitialAssessmentPart1> part1, Optional<InitialAssessmentPart3> part3) {

        public int part1Version() {
            return part1.map(InitialAssessmentPart1::version).orElse(0);
        }

        public int part3Version() {
            return part3.map(InitialAssessmentPart3::version).orElse(0);
        }
    }

    /** The page of both parts; one row in the access log. */
    public Page page(CaseId caseId, CurrentUser user) {
        CaseDetails details = caseFiles.open(caseId, user, AccessAction.VIEW_INITIAL_ASSESSMENT);
        return new Page(details, assessments.newestPart1(caseId), assessments.newestPart3(caseId));
    }

    /** Saves the next version of part 1; a save based on an older version than the newest is refused. */
    @Transactional
    public InitialAssessmentPart1 savePart1(CaseId caseId, int basedOnVersion, InitialAssessmentPart1.Content content, CurrentUser user) {
        caseFiles.openForChange(caseId, user, AccessAction.SAVE_INITIAL_ASSESSMENT, "Initial bedömning del 1",
                new Subject(SubjectType.CASE, caseId.value()));
        int newest = assessments.newestPart1(caseId).map(InitialAssessmentPart1::version).orElse(0);
        requireNewest(basedOnVersion, newest);
        InitialAssessmentPart1 written = InitialAssessmentPart1.write(caseId, newest, content, user.id(), user.displayName(), clock.instant());
        assessments.append(written);
        return written;
    }

    @Transactional
    public InitialAssessmentPart3 savePart3(CaseId caseId, int basedOnVersion, InitialAssessmentPart3.Content content, CurrentUser user) {
        caseFiles.openForChange(caseId, user, AccessAction.SAVE_INITIAL_ASSESSMENT, "Initial bedömning del 3",
                new Subject(SubjectType.CASE, caseId.value()));
        int newest = assessments.newestPart3(caseId).map(InitialAssessmentPart3::version).orElse(0);
        requireNewest(basedOnVersion, newest);
        InitialAssessmentPart3 written = InitialAssessmentPart3.write(caseId, newest, content, user.id(), user.displayName(), clock.instant());
        assessments.append(written);
        return written;
    }

    private static void requireNewest(int basedOn, int newest) {
        if (basedOn != newest) {
            throw new ConcurrentEditException(STALE);
        }
    }
}
