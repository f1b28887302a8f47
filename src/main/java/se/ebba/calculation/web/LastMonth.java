package se.ebba.calculation.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.ebba.calculation.domain.CalculationInput;
import se.ebba.calculation.domain.CostType;
import se.ebba.calculation.domain.InputChanges;
import se.ebba.calculation.domain.InputChanges.Area;
import se.ebba.calculation.domain.InputChanges.Change;
import se.ebba.calculation.domain.MemberRole;
import se.ebba.casefile.CaseDetails;
import se.ebba.casefile.domain.HouseholdRole;

/**
 * A new month starts from the case's last saved month (RULES.md §4, PROCESS.md §3): its household
 * details, costs and incomes fill the page's form, and after a calculation what differs from it is
 * highlighted field by field ({@link InputChanges}). One-off items (other needs, norm adjustments) are
 * not carried over.
 */
final class LastMonth {

    private LastMonth() {
    }

    /** Fills {@code form} from last month's input; members are matched to today's household by role and birth date. */
    static void prefill(CalculationInput previous, List<CaseDetails.Member> household, int incomeRows, Map<String, String> form) {
        Map<Integer, Integer> index = memberIndex(previous, household);
        for (Map.Entry<Integer, Integer> e : index.entrySet()) {
            CalculationInput.Member m = previous.members().get(e.getKey());
            int i = e.getValue();
            if (m.lunchOutsideHome()) {
                form.put("lunch" + i, "on");
            }
            if (m.inSchool()) {
                form.put("school" + i, "on");
            }
            if (m.daysInHousehold() != null) {
                form.put("days" + i, String.valueOf(m.daysInHousehold()));
            }
        }
        for (CalculationInput.Cost c : previous.costs()) {
            form.merge("cost." + c.type().name(), String.valueOf(c.amount()), (a, b) -> String.valueOf(Long.parseLong(a) + Long.parseLong(b)));
        }
        int row = 0;
        for (CalculationInput.Income income : previous.incomes()) {
            Integer member = index.get(income.member());
            if (member == null || row >= incomeRows) {
                continue;
            }
            form.put("income" + row + ".member", String.valueOf(member));
            form.put("income" + row + ".type", income.type().name());
            form.put("income" + row + ".amount", String.valueOf(income.amount()));
            if (income.jobStimulus()) {
                form.put("income" + row + ".jobStimulus", "on");
            }
            row++;
        }
        if (previous.sharedHouseholdSize() != null) {
            form.put("sharedHouseholdSize", String.valueOf(previous.sharedHouseholdSize()));
        }
    }

    /** Last month's member index → today's member index, for the members found in both. */
    private static Map<Integer, Integer> memberIndex(CalculationInput previous, List<CaseDetails.Member> household) {
        Map<Integer, Integer> index = new HashMap<>();
        for (int p = 0; p < previous.members().size(); p++) {
            CalculationInput.Member m = previous.members().get(p);
            for (int i = 0; i < household.size(); i++) {
                CaseDetails.Member now = household.get(i);
                if (!index.containsValue(i) && role(now.role()) == m.role() && now.person().birthDate().equals(m.birthDate())) {
                    index.put(p, i);
                    break;
                }
            }
        }
        return index;
    }

    private static MemberRole role(HouseholdRole role) {
        return switch (role) {
            case APPLICANT -> MemberRole.APPLICANT;
            case CO_APPLICANT -> MemberRole.CO_APPLICANT;
            default -> MemberRole.CHILD;
        };
    }

    /**
     * What changed since last month: every change in words, and the changed cost fields with their
     * change (the cost fields are highlighted on the page).
     */
    record Changes(List<Change> all, Map<String, String> costFields) {

        public boolean none() {
            return all.isEmpty();
        }
    }

    static Optional<Changes> between(Optional<CalculationInput> previous, CalculationInput current) {
        return previous.map(p -> {
            InputChanges changes = InputChanges.between(p, current);
            Map<String, String> costFields = new LinkedHashMap<>();
            for (Change c : changes.in(Area.COST)) {
                for (CostType type : CostType.values()) {
                    if (type.text().equals(c.subject())) {
                        costFields.put("cost." + type.name(), c.text());
                    }
                }
            }
            return new Changes(changes.changes(), costFields);
        });
    }
}
