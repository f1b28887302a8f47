package se.ebba.casefile;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import se.ebba.audit.AccessAction;
import se.ebba.audit.AccessEvent;
import se.ebba.audit.AccessEvent.Subject;
import se.ebba.audit.AccessEvent.SubjectType;
import se.ebba.audit.AccessLog;
import se.ebba.casefile.domain.CaseId;
import se.ebba.casefile.domain.CaseNumber;
import se.ebba.casefile.domain.OpenCasePolicy;
import se.ebba.casefile.internal.Cases;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.Persons;
import se.ebba.identity.domain.PersonalNumber;
import se.ebba.identity.domain.UnitId;

/**
 * The duplicate check before a case is opened (docs/intake.md): an open case of the person in this
 * unit is named; an open case in another unit is only said to exist. When the answer reveals that
 * another unit has a case, that unit's access log gets a row for its case (in a transaction of its
 * own, so it stays although the registration is refused): its unit manager can see who learnt it.
 */
@Component
class OpenCaseCheck {

    private final Cases cases;
    private final Persons persons;
    private final AccessLog accessLog;

    OpenCaseCheck(Cases cases, Persons persons, AccessLog accessLog) {
        this.cases = cases;
        this.persons = persons;
        this.accessLog = accessLog;
    }

    OpenCasePolicy.Outcome check(PersonalNumber number, UnitId unit, CurrentUser user) {
        List<CaseNumber> here = persons.findIds(number, Set.of(unit)).stream()
                .flatMap(id -> cases.openCasesAsApplicant(id, unit).stream()).distinct().toList();
        List<CaseId> elsewhere = here.isEmpty() ? cases.openCasesAsApplicantElsewhere(number, unit) : List.of();
        OpenCasePolicy.Outcome outcome = OpenCasePolicy.check(here, !elsewhere.isEmpty());
        if (outcome instanceof OpenCasePolicy.Outcome.OpenElsewhere) {
            for (CaseId id : elsewhere) {
                cases.find(id).ifPresent(c -> accessLog.recordDenied(user, AccessEvent.ofCase(AccessAction.CHECK_OPEN_CASES, c.unit(),
                        c.id().value(), c.number().value(), false, "Annan enhet fick veta att ett pågående ärende finns")
                        .about(new Subject(SubjectType.CASE, c.id().value()))));
            }
        }
        return outcome;
    }
}
