package se.ebba.decision.letter;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything a decision letter says, already in plain Swedish and with amounts in whole kronor.
 * Built from a decision by the decision module; rendered as HTML (the preview) and as PDF. The
 * recipient's address lines are empty when the applicant has a protected identity: the letter then
 * never shows an address.
 */
public record DecisionLetter(String authority, String unitName, String caseNumber, LocalDate decisionDate,
                             String recipientName, List<String> recipientAddress, String subject,
                             String applicationText, List<Item> items, Calculation calculation, String reasons,
                             Activity activity, List<String> legalBasis, String deciderName, String deciderTitle,
                             String delegationText, boolean againstApplicant, List<String> appealInstructions,
                             boolean draft) {

    public DecisionLetter {
        recipientAddress = List.copyOf(recipientAddress);
        items = List.copyOf(items);
        legalBasis = List.copyOf(legalBasis);
        appealInstructions = List.copyOf(appealInstructions);
    }

    /** One applied item with its outcome, e.g. "Beviljas delvis" and the granted amount. */
    public record Item(String description, long applied, String outcome, long granted) {
    }

    /** The calculation the decision rests on: the table it used, its lines and its totals. */
    public record Calculation(String month, String table, List<Line> lines, long need, long countedIncome, long result,
                              List<String> warnings) {

        public Calculation {
            lines = List.copyOf(lines);
            warnings = List.copyOf(warnings);
        }
    }

    public record Line(String text, long amount) {
    }

    /** A reduction or refusal under SoL 12 kap. 5 §: the activity, the missed dates, the explanation and its assessment. */
    public record Activity(String activity, String dates, String explanation, String assessment) {
    }
}
