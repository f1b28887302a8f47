package se.ebba.decision.domain;

import se.ebba.application.domain.Application;
import se.ebba.application.domain.AppliedItem;
import se.ebba.application.domain.ItemKind;
import se.ebba.application.domain.SwedishDates;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import se.ebba.shared.InvalidInputException.FieldError;

/**
 * What a decision must satisfy before anyone may make it (RULES.md §6): an outcome for every applied
 * item with an amount that fits it, reasons for everything that goes against the applicant, the
 * activity record for SoL 12 kap. 5 §, and a child impact analysis for each child before a refusal,
 * partial grant or reduction. Pure: the caller supplies the application, the calculated amount and
 * the children.
 */
public final class DecisionRules {

    static final int MIN_REASONS_LENGTH = 20;
    static final int MAX_TEXT_LENGTH = 20_000;

    private DecisionRules() {
    }

    /** A child of the household, and whether a child impact analysis has been written for this application. */
    public record Child(UUID personId, String name, boolean analysed) {
    }

    /** An applied item with its outcome and amounts: what was applied for (or calculated) and what is granted. */
    public record ResolvedItem(AppliedItem item, Outcome outcome, long reference, long granted) {
    }

    /** The items resolved, whether the decision goes against the applicant, and everything that stops it. */
    public record Resolution(List<ResolvedItem> items, boolean againstApplicant, List<FieldError> errors, List<RefusedPart> refusedParts) {

        public Resolution {
            items = List.copyOf(items);
            errors = List.copyOf(errors);
            refusedParts = List.copyOf(refusedParts);
        }

        public Resolution withError(FieldError error) {
            List<FieldError> all = new ArrayList<>(errors);
            all.add(error);
            return new Resolution(items, againstApplicant, all, refusedParts);
        }

        public long totalGranted() {
            return items.stream().mapToLong(ResolvedItem::granted).sum();
        }

        /** The amount to check against the delegation order, per decision type. */
        public Map<DecisionType, Long> delegationAmounts(DecisionGround ground) {
            Map<DecisionType, Long> amounts = new EnumMap<>(DecisionType.class);
            for (ResolvedItem r : items) {
                if (r.granted() > 0) {
                    amounts.merge(DecisionType.grantOf(r.item().kind()), r.granted(), Long::sum);
                }
                if (r.outcome().againstApplicant()) {
                    DecisionType type = ground == DecisionGround.DECLINED_ACTIVITY ? DecisionType.REDUCTION_DECLINED_ACTIVITY
                            : DecisionType.REFUSAL;
                    amounts.merge(type, r.reference() - r.granted(), Long::sum);
                }
            }
            // A part refused within a granted item (a cost above the cap) is a refusal too: the
            // decider needs delegation for it (RULES.md §6).
            long refusedParts = this.refusedParts.stream().mapToLong(RefusedPart::amount).sum();
            if (refusedParts > 0) {
                amounts.merge(DecisionType.REFUSAL, refusedParts, Long::sum);
            }
            return amounts;
        }
    }

    /**
     * @param calculatedAmount the försörjningsstöd of the saved calculation for the month (null when
     *                         none is saved); it is the reference amount of a försörjningsstöd item
     *                         applied for without an amount
     */
    public static Resolution resolve(Application application, DecisionDraft draft, Long calculatedAmount, List<Child> children) {
        return resolve(application, draft, calculatedAmount, List.of(), children);
    }

    /**
     * @param refusedParts what the saved calculation does not accept of what was claimed
     *                     ({@link PartialRefusalPolicy}); they are refused parts of a försörjningsstöd
     *                     item that is granted in full or in part, and each needs its reasons
     */
    public static Resolution resolve(Application application, DecisionDraft draft, Long calculatedAmount, List<RefusedPart> refusedParts,
                                     List<Child> children) {
        List<FieldError> errors = new ArrayList<>();
        List<ResolvedItem> resolved = new ArrayList<>();
        boolean needsCalculation = false;
        for (int i = 0; i < application.items().size(); i++) {
            AppliedItem item = application.items().get(i);
            String field = "item" + i;
            DecisionDraft.ItemDecision chosen = draft.items().stream().filter(d -> item.id().equals(d.itemId())).findFirst().orElse(null);
            if (chosen == null || chosen.outcome() == null) {
                errors.add(new FieldError(field + ".outcome", "Välj beslut för " + item.description() + "."));
                continue;
            }
            Long referenceOrNull = item.amount();
            if (referenceOrNull == null) {
                if (calculatedAmount == null) {
                    needsCalculation = true;
                    continue;
                }
                referenceOrNull = Math.max(0, calculatedAmount);
            }
            long reference = referenceOrNull;
            long granted = switch (chosen.outcome()) {
                case GRANTED -> reference;
                case REFUSED -> 0;
                case PARTLY_GRANTED -> chosen.grantedAmount() == null ? -1 : chosen.grantedAmount();
            };
            if (chosen.outcome() == Outcome.GRANTED && reference == 0) {
                errors.add(new FieldError(field + ".outcome", "Beräkningen ger inget belopp för " + item.description()
                        + ". Välj avslag eller ändra beräkningen."));
                continue;
            }
            if (chosen.outcome() == Outcome.PARTLY_GRANTED && (granted <= 0 || granted >= reference)) {
                errors.add(new FieldError(field + ".granted", "Ett delvis bifall för " + item.description()
                        + " ska vara mer än 0 kr och mindre än " + se.ebba.calculation.domain.Kronor.format(reference) + " kr. Skriv beviljat belopp i hela kronor."));
                continue;
            }
            resolved.add(new ResolvedItem(item, chosen.outcome(), reference, granted));
        }
        if (needsCalculation) {
            errors.add(new FieldError("calculation", "Spara en beräkning för " + SwedishDates.month(application.month())
                    + " innan beslutet fattas: försörjningsstödets belopp kommer från beräkningen."));
        }
        boolean itemAgainst = draft.items().stream().anyMatch(d -> d.outcome() != null && d.outcome().againstApplicant());
        List<RefusedPart> parts = new ArrayList<>();
        if (livelihoodNotRefused(application, draft)) {
            for (RefusedPart part : refusedParts) {
                String text = draft.reasonsFor(part.key());
                if (text.length() < MIN_REASONS_LENGTH) {
                    errors.add(new FieldError("part." + part.key() + ".reasons", "Skriv skälen för avslaget på "
                            + se.ebba.calculation.domain.Kronor.format(part.amount()) + " kr av " + part.subject()
                            + " utifrån hushållets omständigheter (förvaltningslagen 32 §)."));
                } else if (text.length() > MAX_TEXT_LENGTH) {
                    errors.add(new FieldError("part." + part.key() + ".reasons", "Skälen får vara högst 20 000 tecken."));
                }
                parts.add(part.withReasons(text));
            }
        }
        boolean against = itemAgainst || !parts.isEmpty();
        if (itemAgainst && draft.reasons().length() < MIN_REASONS_LENGTH) {
            errors.add(new FieldError("reasons", "Skriv skälen för beslutet utifrån hushållets omständigheter: vad som har "
                    + "prövats och varför. Ett beslut som går den sökande emot måste motiveras (förvaltningslagen 32 §)."));
        }
        if (draft.reasons().length() > MAX_TEXT_LENGTH) {
            errors.add(new FieldError("reasons", "Skälen får vara högst 20 000 tecken."));
        }
        if (draft.activity() != null && Stream.of(draft.activity().activity(), draft.activity().dates(), draft.activity().explanation(),
                draft.activity().assessment()).anyMatch(t -> t != null && t.length() > MAX_TEXT_LENGTH)) {
            errors.add(new FieldError("activity", "Varje uppgift om insatsen får vara högst 20 000 tecken."));
        }
        if (draft.ground() == DecisionGround.DECLINED_ACTIVITY) {
            if (!itemAgainst) {
                errors.add(new FieldError("ground", "Nedsättning enligt 12 kap. 5 § kräver att minst en post avslås eller beviljas delvis."));
            }
            DecisionDraft.ActivityRecord a = draft.activity();
            if (a == null || !a.complete()) {
                errors.add(new FieldError("activity", "Fyll i insatsen, datumen, den sökandes förklaring och bedömningen av förklaringen."));
            }
        }
        if (against) {
            List<String> missing = children.stream().filter(c -> !c.analysed()).map(Child::name).toList();
            if (!missing.isEmpty()) {
                errors.add(new FieldError("childImpact", "Barnkonsekvensanalys saknas för " + String.join(", ", missing)
                        + ". Ett beslut som kan påverka barn negativt fattas först när det finns en analys för varje barn."));
            }
        }
        return new Resolution(resolved, against, errors, parts);
    }

    /** Whether the draft grants försörjningsstöd in full or in part: then the calculation's refused parts apply. */
    private static boolean livelihoodNotRefused(Application application, DecisionDraft draft) {
        return application.items().stream().filter(i -> i.kind() == ItemKind.LIVELIHOOD_SUPPORT)
                .anyMatch(i -> draft.items().stream().anyMatch(d -> i.id().equals(d.itemId()) && d.outcome() != null
                        && d.outcome() != Outcome.REFUSED));
    }
}
