package se.ebba.changeplan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import se.ebba.audit.AccessAction;
import se.ebba.casefile.CaseFiles;
import se.ebba.casefile.CaseSummary;
import se.ebba.casefile.domain.CaseId;
import se.ebba.casefile.domain.CaseState;
import se.ebba.changeplan.domain.InterventionType;
import se.ebba.changeplan.domain.PlanCoverage;
import se.ebba.changeplan.domain.PlanSettings;
import se.ebba.changeplan.internal.ChangePlans;
import se.ebba.changeplan.internal.ChangePlans.PlanRow;
import se.ebba.changeplan.internal.PlanRules;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.domain.Role;
import se.ebba.identity.domain.UnitId;

/**
 * The plan overview that units keep by hand today (the follow-up file in OneNote, 003_…): per
 * caseworker every open case with whether it has a plan, when it was made, the next follow-up, the
 * reason if there is none and the interventions; and the share of referred cases with a plan within
 * the unit's deadline. Caseworkers see their own cases, team leads and unit managers the unit's.
 */
@Service
public class PlanOverviews {

    static final String UNASSIGNED = "Ej fördelade";

    private final CaseFiles caseFiles;
    private final ChangePlans plans;
    private final PlanRules rules;
    private final Clock clock;

    PlanOverviews(CaseFiles caseFiles, ChangePlans plans, PlanRules rules, Clock clock) {
        this.caseFiles = caseFiles;
        this.plans = plans;
        this.rules = rules;
        this.clock = clock;
    }

    /** The overview of the unit (whole unit for team leads and unit managers); one list row in the access log. */
    public PlanOverview overview(UnitId unit, CurrentUser user) {
        boolean wholeUnit = user.has(Role.TEAM_LEAD) || user.has(Role.UNIT_MANAGER);
        List<CaseSummary> cases = caseFiles.openCases(unit, wholeUnit, user, AccessAction.LIST_PLAN_OVERVIEW, "Planöversikt");
        LocalDate today = LocalDate.now(clock);
        List<CaseId> ids = cases.stream().map(CaseSummary::id).toList();
        Map<CaseId, PlanRow> rows = plans.planRows(ids);
        Map<CaseId, String> reasons = plans.noPlanReasons(ids);
        Map<CaseId, LocalDate> referrals = plans.referrals(ids);
        Map<String, String> names = rules.catalogue().stream()
                .collect(Collectors.toMap(InterventionType::code, InterventionType::name, (a, b) -> b));
        PlanSettings settings = rules.settings(unit, today);

        Map<String, List<OverviewRow>> byCaseworker = new LinkedHashMap<>();
        List<PlanCoverage.ReferredCase> referred = new ArrayList<>();
        for (CaseSummary c : cases) {
            Optional<PlanRow> plan = Optional.ofNullable(rows.get(c.id()));
            Optional<LocalDate> referredOn = Optional.ofNullable(referrals.get(c.id()));
            Optional<PlanInfo> info = plan.map(p -> new PlanInfo(p.firstAgreedOn(), p.currentAgreedOn(), p.versionNumber(),
                    p.nextFollowUpOn(), p.nextFollowUpOn().isBefore(today),
                    p.interventionCodes().stream().map(code -> names.getOrDefault(code, code)).toList()));
            Optional<LocalDate> planDueBy = plan.isPresent() || c.state() != CaseState.OPEN_ONGOING ? Optional.empty()
                    : referredOn.map(r -> r.plusMonths(settings.planWithinMonths()));
            OverviewRow row = new OverviewRow(c, info, plan.isPresent() ? Optional.empty() : Optional.ofNullable(reasons.get(c.id())),
                    referredOn, planDueBy, planDueBy.map(today::isAfter).orElse(false));
            byCaseworker.computeIfAbsent(c.responsibleCaseworker() == null ? UNASSIGNED : c.responsibleCaseworker(), k -> new ArrayList<>())
                    .add(row);
            if (c.state() == CaseState.OPEN_ONGOING && referredOn.isPresent()) {
                referred.add(new PlanCoverage.ReferredCase(referredOn.get(), plan.map(PlanRow::firstAgreedOn)));
            }
        }
        List<CaseworkerCases> groups = byCaseworker.entrySet().stream()
                .map(e -> new CaseworkerCases(e.getKey(), e.getValue().stream()
                        .sorted(Comparator.comparing((OverviewRow r) -> r.caseSummary().number().value())).toList()))
                .sorted(Comparator.comparing((CaseworkerCases g) -> g.caseworker().equals(UNASSIGNED)).thenComparing(CaseworkerCases::caseworker))
                .toList();
        return new PlanOverview(unit, wholeUnit, groups, PlanCoverage.of(referred, settings.planWithinMonths(), today), settings, today);
    }

    public record PlanOverview(UnitId unit, boolean wholeUnit, List<CaseworkerCases> caseworkers, PlanCoverage coverage,
                               PlanSettings settings, LocalDate today) {

        public int caseCount() {
            return caseworkers.stream().mapToInt(g -> g.cases().size()).sum();
        }
    }

    public record CaseworkerCases(String caseworker, List<OverviewRow> cases) {
    }

    /** One open case: its plan if any, otherwise the recorded reason and, for a referred case, when the plan is due. */
    public record OverviewRow(CaseSummary caseSummary, Optional<PlanInfo> plan, Optional<String> reasonIfNone, Optional<LocalDate> referredOn,
                              Optional<LocalDate> planDueBy, boolean planOverdue) {
    }

    public record PlanInfo(LocalDate madeOn, LocalDate currentVersionOn, int versionNumber, LocalDate nextFollowUpOn,
                           boolean followUpOverdue, List<String> interventions) {
    }
}
