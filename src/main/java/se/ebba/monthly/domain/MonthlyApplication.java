package se.ebba.monthly.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import se.ebba.application.domain.ApplicationId;
import se.ebba.casefile.domain.CaseId;

/**
 * One version of a monthly application: the facts as they read when it was registered or corrected.
 * A version is never changed; a correction is a new version pointing at the one it replaces. Whether
 * it is late is decided once, by the window in force, from the day it came in.
 */
public record MonthlyApplication(MonthlyApplicationId id, ApplicationId applicationId, CaseId caseId, YearMonth month,
                                 LocalDate receivedOn, boolean late, int versionNo, Optional<MonthlyApplicationId> replaces,
                                 MonthlyFacts facts, Recorded recorded) {

    /** Who recorded the version, and when. */
    public record Recorded(java.util.UUID by, String byName, Instant at) {
    }

    public MonthlyApplication {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(facts, "facts");
        if ((versionNo == 1) != replaces.isEmpty()) {
            throw new IllegalArgumentException("The first version replaces nothing; every later version replaces one");
        }
    }

    /** The first version of an application received on {@code receivedOn}, late or not by the unit's window. */
    public static MonthlyApplication receive(ApplicationId applicationId, CaseId caseId, YearMonth month, LocalDate receivedOn,
                                             ApplicationWindow window, MonthlyFacts facts, Recorded by) {
        return new MonthlyApplication(MonthlyApplicationId.newId(), applicationId, caseId, month, receivedOn, window.late(month, receivedOn),
                1, Optional.empty(), facts, by);
    }

    /** A correction: the same application (month, day received, lateness) with corrected facts, as the next version. */
    public MonthlyApplication correct(MonthlyFacts corrected, Recorded by) {
        return new MonthlyApplication(MonthlyApplicationId.newId(), applicationId, caseId, month, receivedOn, late, versionNo + 1,
                Optional.of(id), corrected, by);
    }
}
