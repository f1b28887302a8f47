package se.ebba.payment.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import se.ebba.payment.domain.PaymentRun;
import se.ebba.payment.domain.PaymentRunDebtor;
import se.ebba.payment.domain.PaymentRunId;
import se.ebba.payment.domain.RunPayment;

/** The payment runs, their files, the units' debtor accounts, and the payment rows the runs move. Unchecked: for the module only. */
public interface PaymentRunStore {

    /** The unit's debtor account valid on the date: the newest row by valid-from, then by when it was recorded. */
    Optional<PaymentRunDebtor> debtorOf(UUID unitId, LocalDate on);

    void addDebtor(PaymentRunDebtor debtor, String recordedBy, Instant at);

    /**
     * Locks and returns the units' verified payments due on or before the date, skipping rows that
     * another transaction holds (a concurrent run takes those): the caller's transaction owns them
     * until it commits or rolls back.
     */
    List<RunPayment> claimVerified(Set<UUID> unitIds, LocalDate dueBy);

    /** Stores the run and its file. */
    void save(PaymentRun run, String fileName, byte[] file, String sha256);

    /**
     * Moves the claimed payments VERIFIED → EXPORTED with the run's id (version + 1) and appends their
     * state changes; returns how many rows moved.
     */
    int markExported(PaymentRunId run, Collection<RunPayment> payments, UUID by, String byName, Instant at);

    /** Moves the run's EXPORTED payments to SETTLED (the bank paid them) and returns those it moved. */
    List<RunPayment> markSettled(PaymentRunId run, UUID by, String byName, Instant at);

    /** Moves one EXPORTED payment of the run to RETURNED with the bank's reason; false when it was not EXPORTED there. */
    boolean markReturned(PaymentRunId run, UUID paymentId, long expectedVersion, String reason, UUID by, String byName, Instant at);

    /** The runs of which every unit is one of these, newest first. */
    List<PaymentRun> runsWithin(Set<UUID> unitIds);

    Optional<PaymentRun> find(PaymentRunId id);

    List<RunPayment> paymentsOf(PaymentRunId id);

    /** The stored file as it was given to the bank. */
    record RunFile(String name, byte[] content, String sha256) {
    }

    Optional<RunFile> fileOf(PaymentRunId id);
}
