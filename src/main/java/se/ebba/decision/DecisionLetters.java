package se.ebba.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;
import se.ebba.calculation.RuleTables.LegalBasis;
import se.ebba.calculation.SavedCalculation;
import se.ebba.calculation.domain.Kronor;
import se.ebba.calculation.domain.LegalSubject;
import se.ebba.calculation.domain.LineKind;
import se.ebba.casefile.CaseDetails;
import se.ebba.decision.Decisions.ApplicationPage;
import se.ebba.application.domain.Application;
import se.ebba.decision.domain.Decision;
import se.ebba.decision.domain.DecisionDraft;
import se.ebba.decision.domain.DecisionGround;
import se.ebba.application.domain.ItemKind;
import se.ebba.decision.domain.Outcome;
import se.ebba.decision.domain.RefusedPart;
import se.ebba.application.domain.SwedishDates;
import se.ebba.decision.letter.DecisionLetter;
import se.ebba.decision.letter.ProtectedMail;
import se.ebba.identity.PersonView;
import se.ebba.identity.UnitContact;

/**
 * Builds the decision letter from a draft (the preview) or a made decision: what is decided item by
 * item and for each refused part, the calculation, the reasons, the law, the decider, the appeal
 * instructions when anything goes against the applicant, the unit's contact details, and for a
 * protected person Skatteverket's forwarding route instead of an address.
 */
@Component
class DecisionLetters {

    /** The reasons of a decision that grants everything in full, when the caseworker writes none (förvaltningslagen 32 §). */
    static final String FULL_GRANT_REASONS = "Du beviljas det du har ansökt om. Beloppet framgår av beräkningen.";

    /** The general reasons when only parts are refused and their reasons are given part by part. */
    static final String PARTS_REASONS = "Skälen för det du får avslag på står under Beslut, för varje del.";

    private final LetterPdfs pdfs;

    DecisionLetters(LetterPdfs pdfs) {
        this.pdfs = pdfs;
    }

    /** The letter as PDF, drawn once per letter content ({@link LetterPdfs}). */
    byte[] pdf(DecisionLetter letter) {
        return pdfs.pdf(letter);
    }

    /** The letter of a decision page just shown; its PDF is drawn in the background for the download that usually follows. */
    DecisionLetter shown(DecisionLetter letter) {
        pdfs.prepare(letter);
        return letter;
    }

    /** The reasons stored on a decision: the caseworker's, or the standard text when none are needed. */
    static String reasonsOf(DecisionDraft draft, List<RefusedPart> parts) {
        if (!draft.reasons().isBlank()) {
            return draft.reasons();
        }
        return parts.isEmpty() ? FULL_GRANT_REASONS : PARTS_REASONS;
    }

    /** One outcome of an applied item, as the letter needs it. */
    record ItemOutcome(String description, Outcome outcome, long reference, long granted) {
    }

    /** What differs between a draft and a made decision. */
    record Content(DecisionGround ground, String reasons, DecisionDraft.ActivityRecord activity, List<ItemOutcome> items,
                   List<RefusedPart> refusedParts, boolean against, List<String> legalBasis, String decider, String title,
                   String delegation, LocalDate date, LegalBasis law, Decision replaced, boolean draft) {
    }

    /** The letter of a made decision, as it read when it was made. */
    DecisionLetter of(ApplicationPage page, Decision replaced, LegalBasis law) {
        Decision d = page.decision();
        return build(page, new Content(d.ground(), d.reasons(), d.activity(), d.items().stream()
                .map(i -> new ItemOutcome(i.description(), i.outcome(), i.reference(), i.granted())).toList(), d.refusedParts(),
                d.againstApplicant(), d.legalBasis(), d.decidedByName(), d.decidedByTitle(), d.delegation(), d.decisionDate(), law,
                replaced, false));
    }

    static List<String> legalBasisLines(ApplicationPage page, DecisionGround ground, boolean against, LegalBasis law) {
        List<LegalSubject> subjects = new ArrayList<>(List.of(LegalSubject.RIGHT_TO_ASSISTANCE));
        if (page.application().items().stream().anyMatch(i -> i.kind() == ItemKind.LIVELIHOOD_SUPPORT)) {
            subjects.add(LegalSubject.LIVELIHOOD_SUPPORT_SCOPE);
        }
        if (page.calculation() != null && page.calculation().result().lines().stream().anyMatch(l -> l.kind() == LineKind.JOB_STIMULUS)) {
            subjects.add(LegalSubject.JOB_STIMULUS);
        }
        if (page.calculation() != null && page.calculation().result().lines().stream().anyMatch(l -> l.kind() == LineKind.INCOME_EXEMPTION)) {
            subjects.add(LegalSubject.CHILDREN_EARNINGS_EXEMPT);
        }
        if (ground == DecisionGround.DECLINED_ACTIVITY) {
            subjects.add(LegalSubject.ACTIVITY_REQUIREMENT);
            subjects.add(LegalSubject.REFUSAL_DECLINED_ACTIVITY);
        }
        if (against && !page.children().isEmpty()) {
            subjects.add(LegalSubject.BEST_INTERESTS_OF_CHILD);
        }
        return subjects.stream().map(s -> law.references().get(s) + " – " + law.descriptions().get(s)).toList();
    }

    DecisionLetter build(ApplicationPage page, Content c) {
        CaseDetails details = page.caseDetails();
        PersonView applicant = details.applicant().person();
        // A protected address never appears in a letter, whoever prints it (OSL 21 kap. 3 §): the
        // letter goes through Skatteverket's forwarding instead.
        List<String> address = applicant.protectedIdentity() ? ProtectedMail.RECIPIENT_LINES
                : applicant.address() == null || applicant.address().isBlank() ? List.of() : Arrays.asList(applicant.address().split(", "));
        Application application = page.application();
        String text = application.kind().text() + " om ekonomiskt bistånd för " + SwedishDates.month(application.month())
                + ", som kom in " + application.receivedOn() + "."
                + (c.replaced() == null ? "" : " Det här beslutet ändrar och ersätter beslutet av " + c.replaced().decisionDate() + ".");
        return new DecisionLetter("Socialnämnden", details.unit().name(), details.number().value(), c.date(), applicant.fullName(), address,
                c.replaced() == null ? "Beslut om ekonomiskt bistånd" : "Ändrat beslut om ekonomiskt bistånd", text,
                c.items().stream().map(i -> new DecisionLetter.Item(i.description(), i.reference(), i.outcome().text(), i.granted())).toList(),
                calculation(page.calculation()), c.reasons() == null || c.reasons().isBlank() ? FULL_GRANT_REASONS : c.reasons(),
                c.ground() == DecisionGround.DECLINED_ACTIVITY && c.activity() != null
                        ? new DecisionLetter.Activity(c.activity().activity(), c.activity().dates(), c.activity().explanation(),
                        c.activity().assessment()) : null,
                c.legalBasis(), c.decider(), c.title(), c.delegation(), c.against(),
                c.against() ? appealInstructions(details, c.date(), c.law()) : List.of(), c.draft(),
                details.unit().contact().senderLines(), statements(c.items()),
                c.refusedParts().stream().map(p -> new DecisionLetter.RefusedPart(p.statement(), p.reasons(), p.legalReference())).toList(),
                applicant.protectedIdentity());
    }

    /** What is decided, one sentence per item: what is granted and what is refused. */
    static List<String> statements(List<ItemOutcome> items) {
        return items.stream().map(i -> switch (i.outcome()) {
            case GRANTED -> "Du beviljas " + lower(i.description()) + " med " + Kronor.format(i.granted()) + " kr.";
            case PARTLY_GRANTED -> "Du beviljas " + lower(i.description()) + " med " + Kronor.format(i.granted()) + " kr. Du får avslag på "
                    + Kronor.format(i.reference() - i.granted()) + " kr av de " + Kronor.format(i.reference()) + " kr du ansökte om.";
            case REFUSED -> "Du får avslag på din ansökan om " + lower(i.description()) + " (" + Kronor.format(i.reference()) + " kr).";
        }).toList();
    }

    private static String lower(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static DecisionLetter.Calculation calculation(SavedCalculation saved) {
        if (saved == null) {
            return null;
        }
        var result = saved.result();
        return new DecisionLetter.Calculation(SwedishDates.month(saved.month()),
                "Riksnormen " + result.tableYear() + " (" + result.tableStatus().text().toLowerCase() + ")",
                result.lines().stream().map(l -> new DecisionLetter.Line(l.text(), l.kind() == LineKind.INCOME ? -l.amount() : l.amount())).toList(),
                result.need(), result.countedIncome(), Math.max(0, result.result()),
                result.usesProvisionalTable() ? List.of("Beräkningen bygger på en preliminär riksnorm för " + result.tableYear() + ".") : List.of());
    }

    private static List<String> appealInstructions(CaseDetails details, LocalDate date, LegalBasis law) {
        return List.of(
                "Om du inte är nöjd med beslutet kan du överklaga det till förvaltningsrätten. Det gäller också en del av beslutet, "
                        + "till exempel en kostnad som du inte har fått fullt ut.",
                "Skriv vilket beslut du överklagar (ärendenummer " + details.number().value() + " och beslutsdatum " + date
                        + "), vilken ändring du vill ha och varför. Skriv under med ditt namn och skriv ditt telefonnummer.",
                "Skicka eller lämna överklagandet till oss på socialtjänsten, enhet " + details.unit().name() + ", inte direkt till domstolen. Det måste ha kommit in "
                        + "till oss inom tre veckor från den dag du fick del av beslutet. Annars kan det inte prövas.",
                "Vi prövar först om vi ska ändra beslutet. Om vi inte ändrar det som du begär skickar vi överklagandet till förvaltningsrätten.",
                "Du kan få hjälp av din handläggare att skriva överklagandet.",
                "Lagrum: " + law.references().get(LegalSubject.APPEAL) + "; 44 § förvaltningslagen (2017:900).");
    }
}
