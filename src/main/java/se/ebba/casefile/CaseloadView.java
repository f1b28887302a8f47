package se.ebba.casefile;

import java.util.List;
import java.util.UUID;
import se.ebba.identity.UnitView;
import se.ebba.identity.UserView;

/** The team lead's view of the unit: each caseworker's load, unassigned cases, birth-day ranges. */
public record CaseloadView(UnitView unit, int activeDays, List<Row> rows, List<CaseSummary> unassigned,
                           List<Range> ranges, List<String> uncoveredDays) {

    public record Row(UserView caseworker, int openCases, int activeCases) {
    }

    public record Range(UUID id, String caseworker, int firstDay, int lastDay) {
    }
}
