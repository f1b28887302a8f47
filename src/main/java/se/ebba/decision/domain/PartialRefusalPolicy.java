package se.ebba.decision.domain;

import java.util.ArrayList;
import java.util.List;
import se.ebba.calculation.domain.CalculationLine;
import se.ebba.calculation.domain.Kronor;
import se.ebba.calculation.domain.LineKind;

/**
 * Finds what a granted försörjningsstöd does not cover of what the household applied for, from the
 * saved calculation: a cost above the unit's cap (the actual cost is claimed, the cap accepted) and
 * a norm lowered by a norm adjustment. Each is a partial refusal of that part (RULES.md §6,
 * SoL 4 kap. 1 §, förvaltningslagen 32 §), even when the item itself is "Beviljas".
 */
public final class PartialRefusalPolicy {

    private PartialRefusalPolicy() {
    }

    public static List<RefusedPart> refusedParts(List<CalculationLine> lines) {
        List<RefusedPart> parts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            CalculationLine line = lines.get(i);
            String key = "line" + i;
            if (line.kind() == LineKind.REASONABLE_COST && line.notAccepted() > 0) {
                parts.add(new RefusedPart(key, "din " + subject(line.text()), line.notAccepted(),
                        "den är högre än vad som är skäligt: " + Kronor.format(line.amount()) + " kr av " + Kronor.format(line.claimed())
                                + " kr godtas (" + lowerFirst(line.basis()) + ")",
                        line.legalReference(), ""));
            } else if (line.kind() == LineKind.NORM_ADJUSTMENT && line.amount() < 0) {
                String reason = line.text().contains(": ") ? line.text().substring(line.text().indexOf(": ") + 2) : line.text();
                parts.add(new RefusedPart(key, "riksnormen", -line.amount(), "normen har sänkts av särskilda skäl: " + reason,
                        line.legalReference(), ""));
            }
        }
        return List.copyOf(parts);
    }

    /** "Boendekostnad (begränsad till skälig nivå)" → "boendekostnad". */
    private static String subject(String lineText) {
        return lowerFirst(lineText.contains(" (") ? lineText.substring(0, lineText.indexOf(" (")) : lineText);
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
