package se.ebba.decision.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.ebba.decision.Decisions.ApplicationPage;
import se.ebba.application.domain.Application;
import se.ebba.decision.domain.DecisionDraft;
import se.ebba.decision.domain.DecisionGround;
import se.ebba.decision.domain.Outcome;
import se.ebba.shared.web.FormValues;

/**
 * The decision form's fields and the draft they hold, both ways: an outcome and amount per applied
 * item ({@code item0.outcome}), the reasons per refused part ({@code part.line2.reasons}), the
 * ground, the reasons and the activity record.
 */
final class DecisionForms {

    private DecisionForms() {
    }

    static DecisionDraft toDraft(ApplicationPage page, Map<String, String> form) {
        DecisionDraft draft = toDraft(page.application(), form);
        List<DecisionDraft.PartReasons> parts = page.refusedParts().stream()
                .map(p -> new DecisionDraft.PartReasons(p.key(), form.get("part." + p.key() + ".reasons"))).toList();
        return new DecisionDraft(draft.items(), draft.ground(), draft.reasons(), draft.activity(), parts);
    }

    static DecisionDraft toDraft(Application application, Map<String, String> form) {
        List<DecisionDraft.ItemDecision> items = new ArrayList<>();
        for (int i = 0; i < application.items().size(); i++) {
            Outcome outcome = FormValues.choice(Outcome.class, form.get("item" + i + ".outcome"));
            Long granted;
            try {
                granted = FormValues.amount(form.getOrDefault("item" + i + ".granted", ""));
            } catch (NumberFormatException e) {
                granted = -1L; // reported by the rules as an amount that does not fit
            }
            items.add(new DecisionDraft.ItemDecision(application.items().get(i).id(), outcome, granted));
        }
        DecisionGround ground = FormValues.choice(DecisionGround.class, form.get("ground"));
        DecisionDraft.ActivityRecord activity = ground == DecisionGround.DECLINED_ACTIVITY
                ? new DecisionDraft.ActivityRecord(form.get("activity.activity"), form.get("activity.dates"), form.get("activity.explanation"),
                form.get("activity.assessment")) : null;
        return new DecisionDraft(items, ground, form.get("reasons"), activity);
    }

    static Map<String, String> toForm(Application application, DecisionDraft draft) {
        Map<String, String> form = new HashMap<>();
        for (int i = 0; i < application.items().size(); i++) {
            UUID itemId = application.items().get(i).id();
            int index = i;
            draft.items().stream().filter(d -> itemId.equals(d.itemId())).findFirst().ifPresent(d -> {
                if (d.outcome() != null) {
                    form.put("item" + index + ".outcome", d.outcome().name());
                }
                if (d.grantedAmount() != null && d.grantedAmount() >= 0) {
                    form.put("item" + index + ".granted", d.grantedAmount().toString());
                }
            });
        }
        form.put("ground", draft.ground().name());
        form.put("reasons", draft.reasons());
        draft.partReasons().forEach(p -> form.put("part." + p.key() + ".reasons", p.reasons()));
        if (draft.activity() != null) {
            form.put("activity.activity", draft.activity().activity());
            form.put("activity.dates", draft.activity().dates());
            form.put("activity.explanation", draft.activity().explanation());
            form.put("activity.assessment", draft.activity().assessment());
        }
        return form;
    }
}
