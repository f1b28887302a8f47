package se.ebba.decision.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.ebba.application.domain.Application;
import se.ebba.decision.Decisions.ApplicationPage;
import se.ebba.decision.domain.DecisionDraft;
import se.ebba.decision.domain.DecisionGround;
import se.ebba.decision.domain.Outcome;
import se.ebba.shared.web.FormValues;

/** The decision form ({@link DecisionForm}) and the draft it holds, both ways. */
final class DecisionForms {

    private DecisionForms() {
    }

    static DecisionDraft toDraft(ApplicationPage page, DecisionForm form) {
        DecisionDraft draft = toDraft(page.application(), form);
        List<DecisionDraft.PartReasons> parts = page.refusedParts().stream()
                .map(p -> new DecisionDraft.PartReasons(p.key(), form.partReasons(p.key()))).toList();
        return new DecisionDraft(draft.items(), draft.ground(), draft.reasons(), draft.activity(), parts);
    }

    static DecisionDraft toDraft(Application application, DecisionForm form) {
        List<DecisionDraft.ItemDecision> items = new ArrayList<>();
        for (int i = 0; i < application.items().size(); i++) {
            DecisionForm.ItemFields fields = form.item(i);
            Outcome outcome = FormValues.choice(Outcome.class, fields.outcome());
            Long granted;
            try {
                granted = FormValues.amount(fields.granted() == null ? "" : fields.granted());
            } catch (NumberFormatException e) {
                granted = -1L; // reported by the rules as an amount that does not fit
            }
            items.add(new DecisionDraft.ItemDecision(application.items().get(i).id(), outcome, granted));
        }
        DecisionGround ground = FormValues.choice(DecisionGround.class, form.ground());
        DecisionForm.ActivityFields a = form.activity();
        DecisionDraft.ActivityRecord activity = ground == DecisionGround.DECLINED_ACTIVITY
                ? new DecisionDraft.ActivityRecord(a.activity(), a.dates(), a.explanation(), a.assessment()) : null;
        return new DecisionDraft(items, ground, form.reasons(), activity);
    }

    static DecisionForm toForm(Application application, DecisionDraft draft) {
        List<DecisionForm.ItemFields> items = new ArrayList<>();
        for (int i = 0; i < application.items().size(); i++) {
            UUID itemId = application.items().get(i).id();
            items.add(draft.items().stream().filter(d -> itemId.equals(d.itemId())).findFirst()
                    .map(d -> new DecisionForm.ItemFields(d.outcome() == null ? null : d.outcome().name(),
                            d.grantedAmount() != null && d.grantedAmount() >= 0 ? d.grantedAmount().toString() : null))
                    .orElse(DecisionForm.ItemFields.EMPTY));
        }
        Map<String, DecisionForm.PartFields> parts = new LinkedHashMap<>();
        draft.partReasons().forEach(p -> {
            if (p.reasons() != null) {
                parts.put(p.key(), new DecisionForm.PartFields(p.reasons()));
            }
        });
        DecisionDraft.ActivityRecord a = draft.activity();
        return new DecisionForm(null, items, draft.ground() == null ? null : draft.ground().name(), draft.reasons(), parts,
                a == null ? null : new DecisionForm.ActivityFields(a.activity(), a.dates(), a.explanation(), a.assessment()), null, null, null);
    }
}
