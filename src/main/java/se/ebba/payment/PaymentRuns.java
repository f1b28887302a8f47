package se.ebba.payment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.ebba.audit.AccessAction;
import se.ebba.audit.AccessEvent.Subject;
import se.ebba.audit.AccessEvent.SubjectType;
import se.ebba.casefile.CaseFiles;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.domain.UnitId;
import se.ebba.payment.domain.Pain001Document;
import se.ebba.payment.domain.Pain001Schema;
import se.ebba.payment.domain.Pain001Writer;
import se.ebba.payment.domain.PainAccount;
import se.ebba.payment.domain.PainRemittancePolicy;
import se.ebba.payment.domain.PaymentRun;
import se.ebba.payment.domain.PaymentRunDebtor;
import se.ebba.payment.domain.PaymentRunId;
import se.ebba.payment.domain.RunPayment;
import se.ebba.payment.internal.PaymentRunStore;
import se.ebba.payment.internal.PaymentRunStore.RunFile;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.MissingDataException;
import se.ebba.shared.NotFoundException;
import se.ebba.shared.Sha256;

/**
 * Payment runs (docs/payment-runs.md): the cashier collects the verified payments of their units due
 * on or before a date into one pain.001 file, exactly once. Claiming the payments (row locks that a
 * concurrent run skips), writing and storing the file and moving the payments to EXPORTED happen in
 * one transaction: a run that dies before its commit leaves nothing claimed. Every view and change
 * goes through the case file's access rules and is logged once, naming every case of the run.
 */
@Service
public class PaymentRuns {

    static final String NOT_FOUND = "Utbetalningskörningen finns inte eller tillhör inte din enhet.";
    private static final Logger log = LoggerFactory.getLogger(PaymentRuns.class);

    private final PaymentRunStore store;
    private final CaseFiles caseFiles;
    private final Clock clock;
    private final Duration pauseBeforeCommit;

    PaymentRuns(PaymentRunStore store, CaseFiles caseFiles, Clock clock,
                @Value("${ebba.payment-runs.pause-before-commit:0s}") Duration pauseBeforeCommit) {
        this.store = store;
        this.caseFiles = caseFiles;
        this.clock = clock;
        this.pauseBeforeCommit = pauseBeforeCommit;
    }

    /** A run with its payments (for the run's page and the bank's answer). */
    public record RunView(PaymentRun run, List<RunPayment> payments) {

        public long exported() {
            return payments.stream().filter(RunPayment::exported).count();
        }
    }

    /** The file of a run as the bank gets it. */
    public record RunFileDownload(String fileName, byte[] content) {
    }

    /**
     * Starts a run for the date over the verified payments of the user's units due on or before it.
     * Refused (nothing written) when the date is missing or past, when nothing is to be paid, when a
     * unit has no debtor account, or when the file would leak what {@link PainRemittancePolicy} forbids.
     */
    @Transactional
    public PaymentRun start(LocalDate paymentDate, CurrentUser user) {
        if (paymentDate == null) {
            throw new InvalidInputException("paymentDate", "Ange utbetalningsdag.");
        }
        if (paymentDate.isBefore(LocalDate.now(clock))) {
            throw new InvalidInputException("paymentDate", "Utbetalningsdagen har redan passerat. Välj dagens datum eller ett senare.");
        }
        PaymentRunId id = PaymentRunId.random();
        AtomicReference<PaymentRun> made = new AtomicReference<>();
        caseFiles.handleAcrossCases(user, user.units(), AccessAction.START_PAYMENT_RUN, true, new Subject(SubjectType.PAYMENT_RUN, id.value()),
                NOT_FOUND, () -> {
                    List<RunPayment> taken = claim(user, paymentDate);
                    made.set(export(id, paymentDate, taken, user));
                    return taken;
                }, p -> new CaseId(p.caseId()));
        return made.get();
    }

    private List<RunPayment> claim(CurrentUser user, LocalDate paymentDate) {
        Set<UUID> units = user.units().stream().map(UnitId::value).collect(Collectors.toSet());
        List<RunPayment> taken = store.claimVerified(units, paymentDate);
        if (taken.isEmpty()) {
            throw new MissingDataException("paymentDate",
                    "Det finns inga attesterade utbetalningar med utbetalningsdag till och med " + paymentDate + " som inte redan har körts.");
        }
        return taken;
    }

    private PaymentRun export(PaymentRunId id, LocalDate paymentDate, List<RunPayment> taken, CurrentUser user) {
        Map<UUID, PaymentRunDebtor> debtors = new HashMap<>();
        for (UUID unit : taken.stream().map(RunPayment::unitId).collect(Collectors.toSet())) {
            debtors.put(unit, store.debtorOf(unit, paymentDate).orElseThrow(() -> new MissingDataException("paymentDate",
                    "Enheten saknar kommunens konto för utbetalningar den " + paymentDate + ". Be systemförvaltaren lägga in det.")));
        }
        Instant now = clock.instant();
        Set<UUID> units = taken.stream().map(RunPayment::unitId).collect(Collectors.toSet());
        PaymentRun run = PaymentRun.collect(id, units, paymentDate, taken, user.id().value(), user.displayName(), now);
        Pain001Document document = Pain001Document.of(run, debtors, taken, clock.getZone());
        if (PainRemittancePolicy.check(document) instanceof PainRemittancePolicy.Leaks leaks) {
            throw new MissingDataException("paymentDate", "Betalfilen skapades inte: " + String.join(" ", leaks.reasons()));
        }
        byte[] file = Pain001Writer.write(document);
        List<String> problems = Pain001Schema.problems(file);
        if (!problems.isEmpty()) {
            // the values are personal data: the count and the validator's rule codes (cvc-…) only
            throw new IllegalStateException("The payment file breaks the pain.001.001.03 schema (" + problems.size() + " problems: "
                    + problems.stream().map(p -> p.contains(":") ? p.substring(0, p.indexOf(':')) : "?").distinct().toList() + ")");
        }
        store.save(run, run.fileName(), file, Sha256.hex(file));
        int moved = store.markExported(id, taken, user.id().value(), user.displayName(), now);
        if (moved != taken.size()) {
            throw new IllegalStateException("A claimed payment changed during the run");
        }
        pauseIfTesting(id);
        return run;
    }

    /** Test-only (ebba.payment-runs.pause-before-commit): holds the run, everything written, before its commit. */
    private void pauseIfTesting(PaymentRunId id) {
        if (pauseBeforeCommit.isZero()) {
            return;
        }
        log.warn("Payment run {} written, pausing {} before commit (ebba.payment-runs.pause-before-commit)", id, pauseBeforeCommit);
        try {
            Thread.sleep(pauseBeforeCommit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The runs of the user's units, newest first: dates, counts and totals only (no case data). */
    public List<PaymentRun> runs(CurrentUser user) {
        return store.runsWithin(user.units().stream().map(UnitId::value).collect(Collectors.toSet()));
    }

    /** A run with its payments; logged as one view naming every case. */
    @Transactional
    public RunView view(PaymentRunId id, CurrentUser user) {
        PaymentRun run = store.find(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        List<RunPayment> payments = caseFiles.handleAcrossCases(user, unitsOf(run), AccessAction.VIEW_PAYMENT_RUN, false,
                new Subject(SubjectType.PAYMENT_RUN, id.value()), NOT_FOUND, () -> store.paymentsOf(id), p -> new CaseId(p.caseId()));
        return new RunView(run, payments);
    }

    /** The run's stored file; the download is logged naming every case in it. */
    @Transactional
    public RunFileDownload file(PaymentRunId id, CurrentUser user) {
        PaymentRun run = store.find(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        caseFiles.handleAcrossCases(user, unitsOf(run), AccessAction.DOWNLOAD_PAYMENT_FILE, false,
                new Subject(SubjectType.PAYMENT_RUN, id.value()), NOT_FOUND, () -> store.paymentsOf(id), p -> new CaseId(p.caseId()));
        RunFile file = store.fileOf(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        return new RunFileDownload(file.name(), file.content());
    }

    /** The bank paid the run: its payments still EXPORTED become SETTLED. Returns how many. */
    @Transactional
    public int settle(PaymentRunId id, CurrentUser user) {
        PaymentRun run = store.find(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        List<RunPayment> settled = caseFiles.handleAcrossCases(user, unitsOf(run), AccessAction.RECORD_PAYMENTS_SETTLED, true,
                new Subject(SubjectType.PAYMENT_RUN, id.value()), NOT_FOUND,
                () -> store.markSettled(id, user.id().value(), user.displayName(), clock.instant()), p -> new CaseId(p.caseId()));
        if (settled.isEmpty()) {
            throw new InvalidInputException("run", "Körningens utbetalningar är redan registrerade som genomförda eller returnerade.");
        }
        return settled.size();
    }

    /**
     * The bank returned one payment of the run (closed account, wrong number …): it becomes RETURNED
     * with the bank's reason and goes back to the payment officer, who issues a new payment.
     */
    @Transactional
    public void markReturned(PaymentRunId id, UUID paymentId, long expectedVersion, String reason, CurrentUser user) {
        PaymentRun run = store.find(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        RunPayment payment = store.paymentsOf(id).stream().filter(p -> p.id().equals(paymentId)).findFirst()
                .orElseThrow(() -> new NotFoundException(NOT_FOUND));
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new InvalidInputException("reason", "Ange bankens orsak till att utbetalningen kom tillbaka.");
        }
        if (why.length() > 500) {
            throw new InvalidInputException("reason", "Orsaken får vara högst 500 tecken.");
        }
        // the case file checks the unit and the role, logs a refusal, and logs the change once
        caseFiles.openForChange(new CaseId(payment.caseId()), user, AccessAction.RECORD_PAYMENT_RETURNED, "Utbetalningen returnerad av banken",
                new Subject(SubjectType.PAYMENT, paymentId));
        if (!unitsOf(run).stream().allMatch(user::belongsTo)) {
            throw new NotFoundException(NOT_FOUND);
        }
        if (!payment.exported()) {
            throw new InvalidInputException("reason", "Bara en utbetalning som har skickats till banken kan registreras som returnerad.");
        }
        if (!store.markReturned(id, paymentId, expectedVersion, why, user.id().value(), user.displayName(), clock.instant())) {
            throw new se.ebba.shared.ConcurrentEditException("Utbetalningen har ändrats av någon annan. Ladda om sidan och försök igen.");
        }
    }

    /**
     * The municipality's account that pays a unit's payments from a date: a bankgiro number when the
     * clearing number is null, else a bank account; the BIC of its bank; the decision it comes from.
     */
    public record NewDebtorAccount(UnitId unit, LocalDate validFrom, String payerName, String organisationNumber, String clearingNumber,
                                   String accountNumber, String bic, String source) {
    }

    /** Records a unit's debtor account from a date (dated data with its source; a correction is a newer row). */
    @Transactional
    public void recordDebtorAccount(NewDebtorAccount account, String recordedBy) {
        PainAccount painAccount = new PainAccount(account.clearingNumber() == null ? PainAccount.Kind.BANKGIRO : PainAccount.Kind.BANK_ACCOUNT,
                account.clearingNumber(), account.accountNumber());
        store.addDebtor(new PaymentRunDebtor(account.unit().value(), account.validFrom(), account.payerName(), account.organisationNumber(),
                painAccount, account.bic(), account.source()), recordedBy, clock.instant());
    }

    private static Set<UnitId> unitsOf(PaymentRun run) {
        return run.unitIds().stream().map(UnitId::new).collect(Collectors.toSet());
    }
}
