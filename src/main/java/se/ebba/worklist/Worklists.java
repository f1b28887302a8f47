package se.ebba.worklist;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import se.ebba.audit.AccessAction;
import se.ebba.audit.AccessEvent;
import se.ebba.audit.AccessLog;
import se.ebba.casefile.CaseFiles;
import se.ebba.casefile.CaseSummary;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.UnitView;
import se.ebba.identity.Units;
import se.ebba.identity.domain.UnitId;
import se.ebba.shared.ForbiddenException;
import se.ebba.worklist.internal.Tasks;

/**
 * The worklists: a caseworker's due and overdue tasks (on Mina ärenden) and the team's, per
 * caseworker, for the team lead. Each list is one list view in the access log naming the cases shown.
 */
@Service
public class Worklists {

    static final String UNASSIGNED = "Ej fördelade";

    private final Tasks tasks;
    private final CaseFiles caseFiles;
    private final Units units;
    private final AccessLog accessLog;
    private final Clock clock;

    Worklists(Tasks tasks, CaseFiles caseFiles, Units units, AccessLog accessLog, Clock clock) {
        this.tasks = tasks;
        this.caseFiles = caseFiles;
        this.units = units;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** The open tasks of the user's own open cases in all their units, overdue first. */
    public List<TaskRow> myTasks(CurrentUser user) {
        return caseFiles.showList(user, AccessAction.LIST_TASKS, "Mina uppgifter", () -> {
            List<CaseSummary> mine = user.units().stream()
                    .flatMap(unit -> caseFiles.openCases(unit, Optional.of(user.id()), user).stream()).toList();
            return rows(mine);
        }, row -> row.caseSummary().id());
    }

    /** Teamets uppgifter: the open tasks of the unit's open cases, per responsible caseworker. Team leads and unit managers. */
    public TeamTasks teamTasks(UnitId unit, CurrentUser user) {
        if (!user.belongsTo(unit) || !user.decides()) {
            accessLog.recordDenied(user, new AccessEvent(AccessAction.DENIED, unit, null, null, null, null, "Rollen får inte se teamets uppgifter"));
            throw new ForbiddenException("Bara arbetsledare och enhetschefer ser teamets uppgifter.");
        }
        List<TaskRow> all = caseFiles.showList(user, AccessAction.LIST_TASKS, "Teamets uppgifter",
                () -> rows(caseFiles.openCases(unit, Optional.empty(), user)), row -> row.caseSummary().id());
        Map<String, List<TaskRow>> byCaseworker = all.stream().collect(Collectors.groupingBy(
                r -> r.caseSummary().responsibleCaseworker() == null ? UNASSIGNED : r.caseSummary().responsibleCaseworker(),
                LinkedHashMap::new, Collectors.toList()));
        List<TeamTasks.Group> groups = new ArrayList<>(byCaseworker.entrySet().stream()
                .map(e -> new TeamTasks.Group(e.getKey(), e.getValue().stream().sorted(TaskRow.MOST_URGENT_FIRST).toList()))
                .sorted(Comparator.comparing((TeamTasks.Group g) -> g.caseworker().equals(UNASSIGNED)).thenComparing(TeamTasks.Group::caseworker))
                .toList());
        return new TeamTasks(units.get(unit), groups);
    }

    /** The team's tasks of one unit, grouped per caseworker (unassigned cases last). */
    public record TeamTasks(UnitView unit, List<Group> groups) {

        public record Group(String caseworker, List<TaskRow> rows) {

            public long overdue() {
                return rows.stream().filter(TaskRow::overdue).count();
            }
        }
    }

    private List<TaskRow> rows(List<CaseSummary> cases) {
        Map<CaseId, CaseSummary> byId = cases.stream().collect(Collectors.toMap(CaseSummary::id, Function.identity(), (a, b) -> a));
        LocalDate today = LocalDate.now(clock);
        return tasks.openTasksOf(byId.keySet()).stream()
                .map(t -> TaskRow.of(t, byId.get(t.caseId()), today))
                .sorted(TaskRow.MOST_URGENT_FIRST)
                .toList();
    }
}
