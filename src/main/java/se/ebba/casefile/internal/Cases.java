package se.ebba.casefile.internal;

import se.ebba.casefile.domain.Assignment;
import se.ebba.casefile.domain.AssistanceCase;
import se.ebba.casefile.domain.BirthDayRange;
import se.ebba.casefile.domain.CaseId;
import se.ebba.casefile.domain.CaseListItem;
import se.ebba.casefile.domain.CaseNumber;
import se.ebba.casefile.domain.CaseloadRow;
import se.ebba.casefile.domain.HouseholdMember;
import se.ebba.casefile.domain.StateChange;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.ebba.identity.domain.PersonId;
import se.ebba.identity.domain.UnitId;
import se.ebba.identity.domain.UserId;

/** All cases, as a collection. Reads return read models; writes go through the aggregate. */
public interface Cases {

    Optional<AssistanceCase> find(CaseId id);

    Optional<CaseId> findByNumber(CaseNumber number);

    CaseNumber nextNumber(int year);

    /** Stores a new case with its household. */
    void add(AssistanceCase newCase, List<HouseholdMember> household);

    /**
     * Stores the changes of a loaded case; fails with a concurrent-edit error when someone else
     * changed it after it was loaded.
     */
    void update(AssistanceCase changed);

    void touch(CaseId id, Instant at);

    List<HouseholdMember> household(CaseId id);

    List<StateChange> stateHistory(CaseId id);

    /** The case's state changes and assignments, each in time order. */
    History history(CaseId id);

    record History(List<StateChange> states, List<Assignment> assignments) {
    }

    /** Cases (open or closed) in the units where the person is a member of the household. */
    List<CaseListItem> casesOfPersons(Set<PersonId> persons, Set<UnitId> units);

    List<CaseListItem> openCasesOf(UserId caseworker, Set<UnitId> units);

    List<CaseListItem> unassignedOpenCases(UnitId unit);

    /** Every open case of the unit, assigned or not. */
    List<CaseListItem> openCasesIn(UnitId unit);

    List<CaseloadRow> caseload(UnitId unit, Instant activeSince);

    /** Open cases in the unit where the person is applicant or co-applicant. */
    List<CaseNumber> openCasesAsApplicant(PersonId person, UnitId unit);

    /**
     * The open cases of units other than {@code unit} where the personnummer is applicant or
     * co-applicant. Used only by the duplicate check, which shows no more than that one exists (docs/intake.md).
     */
    List<CaseId> openCasesAsApplicantElsewhere(se.ebba.identity.domain.PersonalNumber number, UnitId unit);

    List<BirthDayRange> activeBirthDayRanges(UnitId unit);

    void addBirthDayRange(UnitId unit, BirthDayRange range, UserId by, Instant at);

    void retireBirthDayRange(UnitId unit, java.util.UUID rangeId, UserId by, Instant at);

    /** The household roles present in each case (which kinds of members it has), for the controls calendar's criteria. */
    java.util.Map<CaseId, Set<se.ebba.casefile.domain.HouseholdRole>> householdRoles(java.util.Collection<CaseId> ids);

    /** The case numbers of the cases, one query for all. */
    java.util.Map<CaseId, CaseNumber> numbers(java.util.Collection<CaseId> ids);
}
