package se.ebba.decision.web;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The decision form of the application page as the browser posts it: an outcome and amount per
 * applied item ({@code items[0].outcome}), the reasons per refused part ({@code part[line2].reasons}),
 * the ground, the reasons, the activity record ({@code activity.dates}), and, because the analysis
 * fields belong to this form, the child impact analyses being written
 * ({@code analysis[<child>].situation}) with the child whose analysis is saved. Text as typed.
 */
public record DecisionForm(String action, List<ItemFields> items, String ground, String reasons, Map<String, PartFields> part,
                    ActivityFields activity, Map<String, AnalysisFields> analysis, String child, String changing) implements Serializable {

    public DecisionForm {
        items = items == null ? List.of() : items.stream().map(i -> i == null ? ItemFields.EMPTY : i).toList();
        part = part == null ? Map.of() : Map.copyOf(part);
        activity = activity == null ? ActivityFields.EMPTY : activity;
        analysis = analysis == null ? Map.of() : Map.copyOf(analysis);
    }

    static DecisionForm empty() {
        return new DecisionForm(null, null, null, null, null, null, null, null, null);
    }

    public record ItemFields(String outcome, String granted) implements Serializable {
        static final ItemFields EMPTY = new ItemFields(null, null);
    }

    public record PartFields(String reasons) implements Serializable {
    }

    public record ActivityFields(String activity, String dates, String explanation, String assessment) implements Serializable {
        static final ActivityFields EMPTY = new ActivityFields(null, null, null, null);
    }

    public record AnalysisFields(String situation, String effect, String bestInterests) implements Serializable {
        static final AnalysisFields EMPTY = new AnalysisFields(null, null, null);
    }

    /** The fields of applied item {@code i}, empty when not posted. */
    public ItemFields item(int i) {
        return i < items.size() ? items.get(i) : ItemFields.EMPTY;
    }

    /** The reasons typed for the refused part with this key, or null. */
    public String partReasons(String key) {
        PartFields fields = part.get(key);
        return fields == null ? null : fields.reasons();
    }

    /** The analysis typed for the child (by person id), empty when none. */
    public AnalysisFields analysisOf(Object childId) {
        return childId == null ? AnalysisFields.EMPTY : analysis.getOrDefault(childId.toString(), AnalysisFields.EMPTY);
    }

    /** The draft without the analysis just saved, and without the choice of child: what the page shows again. */
    DecisionForm withoutAnalysisOf(Object childId) {
        Map<String, AnalysisFields> rest = new LinkedHashMap<>(analysis);
        if (childId != null) {
            rest.remove(childId.toString());
        }
        return new DecisionForm(action, items, ground, reasons, part, activity, rest, null, changing);
    }
}
