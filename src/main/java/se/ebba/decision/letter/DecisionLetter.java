package se.ebba.decision.letter;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything a decision letter says, already in plain Swedish and with amounts in whole kronor.
 * Built from a decision by the decision module; rendered as HTML (the preview) and as PDF. For an
 * applicant with a protected identity the recipient lines are Skatteverket's forwarding route
 * ({@link ProtectedMail}), never an address.
 *
 * @param senderLines        how to reach the unit: postal address lines, phone, contact person
 * @param statements         what is decided, item by item, in sentences ("Du beviljas …", "Du får avslag på …")
 * @param refusedParts       parts of a granted item that are refused (a cost above the cap), each with its reasons and law
 * @param protectedRecipient the recipient has a protected identity: the letter goes via Skatteverket
 */
public record DecisionLetter(String authority, String unitName, String caseNumber, LocalDate decisionDate,
                             String recipientName, List<String> recipientAddress, String subject,
                             String applicationText, List<Item> items, Calculation calculation, String reasons,
                             Activity activity, List<String> legalBasis, String deciderName, String deciderTitle,
                             String delegationText, boolean againstApplicant, List<String> appealInstructions,
                             boolean draft, List<String> senderLines, List<String> statements, List<RefusedPart> refusedParts,
                             boolean protectedRecipient) {

    public DecisionLetter {
        recipientAddress = List.copyOf(recipientAddress);
        items = List.copyOf(items);
        legalBasis = List.copyOf(legalBasis);
        appealInstructions = List.copyOf(appealInstructions);
        senderLines = senderLines == null ? List.of() : List.copyOf(senderLines);
        statements = statements == null ? List.of() : List.copyOf(statements);
        refusedParts = refusedParts == null ? List.of() : List.copyOf(refusedParts);
    }

    public DecisionLetter(String authority, String unitName, String caseNumber, LocalDate decisionDate,
                          String recipientName, List<String> recipientAddress, String subject,
                          String applicationText, List<Item> items, Calculation calculation, String reasons,
                          Activity activity, List<String> legalBasis, String deciderName, String deciderTitle,
                          String delegationText, boolean againstApplicant, List<String> appealInstructions, boolean draft) {
        this(authority, unitName, caseNumber, decisionDate, recipientName, recipientAddress, subject, applicationText, items, calculation,
                reasons, activity, legalBasis, deciderName, deciderTitle, delegationText, againstApplicant, appealInstructions, draft,
                List.of(), List.of(), List.of(), false);
    }

    /** One applied item with its outcome, e.g. "Beviljas delvis" and the granted amount. */
    public record Item(String description, long applied, String outcome, long granted) {
    }

    /** A refused part: the sentence that says what is refused and why, the caseworker's reasons, and the law. */
    public record RefusedPart(String statement, String reasons, String legalReference) {
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
