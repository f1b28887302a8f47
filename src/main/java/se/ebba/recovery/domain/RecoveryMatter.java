package se.ebba.recovery.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import se.ebba.calculation.domain.Kronor;
import se.ebba.calculation.domain.LegalSubject;
import se.ebba.identity.domain.UserId;
import se.ebba.recovery.domain.Step.Recorder;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.InvalidInputException.FieldError;

/**
 * A recovery matter: the incorrect payment and every step recorded since, in order. What counts is
 * derived from the steps (a corrected step no longer counts); the matter changes only by new steps,
 * which the methods below return after checking that they fit the matter's state.
 */
public record RecoveryMatter(IncorrectPayment payment, List<Step> steps) {

    /** The longest note, reasons or proposal (the database's limit). */
    static final int MAX_TEXT = 8000;

    public RecoveryMatter {
        steps = steps.stream().sorted(Comparator.comparing(Step::recordedAt)).toList();
    }

    /** What the decider states; the policy checks it against SoL 33 kap. */
    public record DecisionDraft(LocalDate decisionDate, RecoveryGround ground, String grantDecision, Long amount, YearMonth firstMonth,
                                YearMonth lastMonth, String reasons) {
    }

    // ---------------------------------------------------------------- what the steps say

    /** Ids of steps a later step corrects. */
    public Set<UUID> correctedIds() {
        return steps.stream().map(Step::corrects).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
    }

    private List<Step> effective(StepKind kind) {
        Set<UUID> corrected = correctedIds();
        return steps.stream().filter(s -> s.kind() == kind && !corrected.contains(s.id())).toList();
    }

    private Optional<Step> last(StepKind kind) {
        List<Step> found = effective(kind);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.getLast());
    }

    public Optional<Step> investigator() {
        return last(StepKind.HANDED_TO_INVESTIGATOR);
    }

    public Optional<Step> decision() {
        return last(StepKind.DECISION);
    }

    public Optional<Step> plan() {
        return last(StepKind.REPAYMENT_PLAN);
    }

    public List<Step> repayments() {
        return effective(StepKind.REPAYMENT);
    }

    public List<Step> waivers() {
        return effective(StepKind.WAIVER);
    }

    public Optional<Step> policeReport() {
        return last(StepKind.POLICE_REPORT);
    }

    public Optional<Step> closing() {
        return last(StepKind.CLOSED);
    }

    public boolean isOpen() {
        return closing().isEmpty();
    }

    public long decided() {
        return decision().map(Step::amount).orElse(0L);
    }

    public long repaid() {
        return repayments().stream().mapToLong(Step::amount).sum();
    }

    public long waived() {
        return waivers().stream().mapToLong(Step::amount).sum();
    }

    /** What is still owed under the decision (nothing before a decision). */
    public long balance() {
        return Math.max(0, decided() - repaid() - waived());
    }

    /** The last day to bring the claim to court (33 kap. 5 §: three years). */
    public LocalDate courtDeadline() {
        return payment.courtDeadline();
    }

    /** Open after the last day to go to court: the claim can no longer be brought to court. */
    public boolean overdue(LocalDate today) {
        return isOpen() && today.isAfter(courtDeadline());
    }

    public boolean handedTo(UserId investigator) {
        return investigator().map(s -> investigator.equals(s.person())).orElse(false);
    }

    public String status() {
        if (closing().isPresent()) {
            return "Avslutat: " + closing().get().closedAs().text().toLowerCase();
        }
        if (decision().isPresent()) {
            return plan().isPresent() ? "Avbetalning pågår" : "Beslut om återkrav";
        }
        return investigator().isPresent() ? "Utreds av FUT" : "Registrerad";
    }

    // ---------------------------------------------------------------- new steps

    /** Hands the matter to a fraud investigator of the unit (the caller checks the role); a later handover replaces it. */
    public Step handTo(UserId investigator, String name, String why, LocalDate on, Recorder by) {
        requireOpen();
        requireAtMost("why", why, 2000);
        return Step.of(payment.id(), StepKind.HANDED_TO_INVESTIGATOR, on, by)
                .withPerson(investigator, name, "FUT-utredare").withText(clean(why), null);
    }

    /** An investigation note, or (proposal) the FUT's proposal for the decision. */
    public Step note(boolean proposal, String text, LocalDate on, Recorder by) {
        requireOpen();
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("text", proposal ? "Skriv förslaget." : "Skriv anteckningen.");
        }
        requireAtMost("text", text, MAX_TEXT);
        return Step.of(payment.id(), proposal ? StepKind.PROPOSAL : StepKind.NOTE, on, by).withText(text.strip(), null);
    }

    /**
     * The recovery decision: refused (with the policy's reasons) when the conditions of 33 kap. are
     * not met, and when amount, months or reasons do not fit the incorrect payment.
     */
    public Step decide(DecisionDraft d, Decider decider, LocalDate today, Recorder by) {
        requireOpen();
        if (decision().isPresent()) {
            throw new InvalidInputException("ground", "Det finns redan ett beslut om återkrav för den felaktiga utbetalningen.");
        }
        List<FieldError> errors = new ArrayList<>();
        if (d.decisionDate() == null || d.decisionDate().isAfter(today)) {
            errors.add(new FieldError("decisionDate", "Ange beslutsdatum (i dag eller tidigare)."));
        }
        if (d.amount() == null || d.amount() <= 0 || d.amount() > payment.amount()) {
            errors.add(new FieldError("amount", "Ange beloppet som återkrävs, högst det felaktigt utbetalda beloppet ("
                    + Kronor.format(payment.amount()) + " kr)."));
        }
        if (d.firstMonth() == null || d.lastMonth() == null || !payment.covers(d.firstMonth()) || !payment.covers(d.lastMonth())
                || d.lastMonth().isBefore(d.firstMonth())) {
            errors.add(new FieldError("firstMonth", "Ange månaderna som återkrävs, inom " + payment.firstMonth() + "–" + payment.lastMonth() + "."));
        }
        if (d.reasons() == null || d.reasons().isBlank() || d.reasons().length() > MAX_TEXT) {
            errors.add(new FieldError("reasons", "Skriv skälen för beslutet (förvaltningslagen 32 §), högst 8 000 tecken."));
        }
        if (d.grantDecision() != null && d.grantDecision().strip().length() > 200) {
            errors.add(new FieldError("grantDecision", "Ange beslutet om bistånd med högst 200 tecken."));
        }
        if (RecoveryPolicy.assess(payment.cause(), d.ground(), Optional.ofNullable(d.grantDecision()), decider.law())
                instanceof RecoveryPolicy.Assessment.NotRecoverable no) {
            errors.add(new FieldError(d.ground() != null && d.ground().needsWrittenCondition() && payment.cause() != PaymentCause.UNIT_ERROR
                    ? "grantDecision" : "ground", String.join(" ", no.reasons())));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String basis = decider.cite(d.ground().paragraph()) + "\n" + decider.cite(LegalSubject.APPEAL);
        return Step.of(payment.id(), StepKind.DECISION, d.decisionDate(), by).withAmount(d.amount()).withMonths(d.firstMonth(), d.lastMonth())
                .withText(d.reasons().strip(), d.ground().needsWrittenCondition() ? d.grantDecision().strip() : null)
                .withPerson(decider.id(), decider.name(), decider.title())
                .withDecision(d.ground(), decider.lawCode(), basis, decider.delegation());
    }

    /** The repayment plan agreed with the applicant; a new plan replaces the one before. */
    public Step agreePlan(Long monthly, YearMonth start, LocalDate agreedOn, LocalDate today, Recorder by) {
        requireDecidedAndOpen("monthlyAmount");
        List<FieldError> errors = new ArrayList<>();
        if (monthly == null || monthly <= 0 || monthly > balance()) {
            errors.add(new FieldError("monthlyAmount", "Ange belopp per månad, högst det som återstår (" + Kronor.format(balance()) + " kr)."));
        }
        if (start == null) {
            errors.add(new FieldError("startMonth", "Ange första månaden för avbetalningen."));
        }
        if (agreedOn == null || agreedOn.isAfter(today)) {
            errors.add(new FieldError("agreedOn", "Ange dagen då planen överenskoms (i dag eller tidigare)."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Step step = Step.of(payment.id(), StepKind.REPAYMENT_PLAN, agreedOn, by).withAmount(monthly).withMonths(start, null);
        return plan().map(p -> step.correcting(p.id())).orElse(step);
    }

    /** A repayment received; the matter closes as repaid when nothing remains. */
    public List<Step> repay(LocalDate paidOn, Long amount, LocalDate today, Recorder by) {
        requireDecidedAndOpen("amount");
        List<FieldError> errors = new ArrayList<>();
        if (paidOn == null || paidOn.isAfter(today)) {
            errors.add(new FieldError("paidOn", "Ange dagen då betalningen kom in (i dag eller tidigare)."));
        }
        if (amount == null || amount <= 0 || amount > balance()) {
            errors.add(new FieldError("amount", "Ange det inbetalda beloppet, högst det som återstår (" + Kronor.format(balance()) + " kr)."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Step step = Step.of(payment.id(), StepKind.REPAYMENT, paidOn, by).withAmount(amount);
        return amount == balance() ? List.of(step, closed(ClosedAs.REPAID, "Hela beloppet är återbetalt.", today, by)) : List.of(step);
    }

    /** Corrects a repayment recorded wrongly (a new row that replaces it); the amount may be 0 when nothing came in. */
    public Step correctRepayment(UUID repaymentId, LocalDate paidOn, Long amount, LocalDate today, Recorder by) {
        requireOpen();
        Step wrong = repayments().stream().filter(s -> s.id().equals(repaymentId)).findFirst()
                .orElseThrow(() -> new InvalidInputException("repayment", "Återbetalningen som ska rättas finns inte i återkravet."));
        long room = balance() + wrong.amount();
        if (amount == null || amount < 0 || amount > room) {
            throw new InvalidInputException("amount", "Ange rätt belopp, högst " + Kronor.format(room) + " kr.");
        }
        if (paidOn == null || paidOn.isAfter(today)) {
            throw new InvalidInputException("paidOn", "Ange dagen då betalningen kom in (i dag eller tidigare).");
        }
        return Step.of(payment.id(), StepKind.REPAYMENT, paidOn, by).withAmount(amount).correcting(repaymentId);
    }

    /** Waives the claim in full or in part (33 kap. 6 §); the matter closes as waived when nothing remains. */
    public List<Step> waive(LocalDate decisionDate, Long amount, String reasons, Decider decider, LocalDate today, Recorder by) {
        requireDecidedAndOpen("amount");
        List<FieldError> errors = new ArrayList<>();
        if (decisionDate == null || decisionDate.isAfter(today)) {
            errors.add(new FieldError("decisionDate", "Ange beslutsdatum (i dag eller tidigare)."));
        }
        if (amount == null || amount <= 0 || amount > balance()) {
            errors.add(new FieldError("amount", "Ange beloppet som efterges, högst det som återstår (" + Kronor.format(balance()) + " kr)."));
        }
        if (reasons == null || reasons.isBlank() || reasons.length() > MAX_TEXT) {
            errors.add(new FieldError("reasons", "Skriv skälen för eftergiften (högst 8 000 tecken)."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Step step = Step.of(payment.id(), StepKind.WAIVER, decisionDate, by).withAmount(amount).withText(reasons.strip(), null)
                .withPerson(decider.id(), decider.name(), decider.title())
                .withDecision(null, decider.lawCode(), decider.cite(LegalSubject.RECOVERY_WAIVER), decider.delegation());
        return amount == balance()
                ? List.of(step, closed(ClosedAs.WAIVED, amount == decided() ? "Hela fordran är eftergiven." : "Resten av fordran är eftergiven.", today, by))
                : List.of(step);
    }

    /** Flags a police report (bidragsbrott); a later report (e.g. with the police's reference) replaces it. */
    public Step reportToPolice(LocalDate reportedOn, String decidedBy, String policeReference, LocalDate today, Recorder by) {
        List<FieldError> errors = new ArrayList<>();
        if (reportedOn == null || reportedOn.isAfter(today)) {
            errors.add(new FieldError("reportedOn", "Ange dagen då polisanmälan gjordes (i dag eller tidigare)."));
        }
        if (decidedBy == null || decidedBy.isBlank() || decidedBy.length() > 200) {
            errors.add(new FieldError("decidedBy", "Ange vem som beslutade att polisanmäla (högst 200 tecken)."));
        }
        if (policeReference != null && policeReference.strip().length() > 200) {
            errors.add(new FieldError("policeReference", "Polisens diarienummer får vara högst 200 tecken."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Step step = Step.of(payment.id(), StepKind.POLICE_REPORT, reportedOn, by).withText("", clean(policeReference))
                .withPerson(null, decidedBy.strip(), null);
        return policeReport().map(p -> step.correcting(p.id())).orElse(step);
    }

    /** Closes the matter: before a decision as not recoverable, after it as written off; with the reasons. */
    public Step close(String reasons, LocalDate today, Recorder by) {
        requireOpen();
        if (reasons == null || reasons.isBlank()) {
            throw new InvalidInputException("closeReasons", "Skriv varför återkravsärendet avslutas.");
        }
        requireAtMost("closeReasons", reasons, MAX_TEXT);
        return closed(decision().isPresent() ? ClosedAs.WRITTEN_OFF : ClosedAs.NOT_RECOVERABLE, reasons.strip(), today, by);
    }

    private Step closed(ClosedAs how, String why, LocalDate on, Recorder by) {
        return Step.of(payment.id(), StepKind.CLOSED, on, by).withText(why, null).closing(how);
    }

    private static void requireAtMost(String field, String text, int max) {
        if (text != null && text.strip().length() > max) {
            throw new InvalidInputException(field, "Texten får vara högst " + Kronor.format(max) + " tecken.");
        }
    }

    private void requireOpen() {
        if (!isOpen()) {
            throw new InvalidInputException("matter", "Återkravsärendet är avslutat.");
        }
    }

    private void requireDecidedAndOpen(String field) {
        requireOpen();
        if (decision().isEmpty()) {
            throw new InvalidInputException(field, "Det finns inget beslut om återkrav ännu.");
        }
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
