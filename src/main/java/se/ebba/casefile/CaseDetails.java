package se.ebba.casefile;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import se.ebba.casefile.domain.CaseId;
import se.ebba.casefile.domain.CaseNumber;
import se.ebba.casefile.domain.CaseState;
import se.ebba.casefile.domain.HouseholdRole;
import se.ebba.identity.PersonView;
import se.ebba.identity.UnitView;

/** Everything the case page shows, as the current user may see it. */
public record CaseDetails(CaseId id, CaseNumber number, UnitView unit, CaseState state, String responsibleCaseworker,
                          java.util.UUID responsibleCaseworkerId, Instant openedAt, int version, List<Member> household,
                          List<HistoryLine> history, Set<CaseState> nextStates, boolean canChange, boolean canAllocate) {

    public record Member(PersonView person, HouseholdRole role) {
    }

    /** A line of the case's history: a state change or an assignment. */
    public record HistoryLine(Instant at, String what, String by, String reason) {
    }

    public Member applicant() {
        return household.stream().filter(m -> m.role() == HouseholdRole.APPLICANT).findFirst().orElseThrow();
    }
}
