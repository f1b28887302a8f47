package se.ebba.payment.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * What a run's ISO 20022 pain.001.001.03 file says (Customer Credit Transfer Initiation): one payment
 * block per unit, paid from the unit's debtor account on the run's date, with one credit transfer per
 * payment. The remittance text of a transfer is its random reference only; {@link PainRemittancePolicy}
 * checks that nothing else slips in, and {@link Pain001Writer} writes it as XML.
 */
public record Pain001Document(String messageId, LocalDateTime createdAt, LocalDate executionDate, List<Batch> batches) {

    public Pain001Document {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(executionDate, "executionDate");
        batches = List.copyOf(batches);
        if (batches.isEmpty()) {
            throw new IllegalArgumentException("A pain.001 file has at least one payment block");
        }
    }

    /** The payments of one debtor account (one unit) in the file. */
    public record Batch(String id, PaymentRunDebtor debtor, List<Transfer> transfers) {

        public Batch {
            transfers = List.copyOf(transfers);
            if (transfers.isEmpty()) {
                throw new IllegalArgumentException("A payment block has at least one transfer");
            }
        }

        public BigDecimal controlSum() {
            return sum(transfers.stream());
        }
    }

    /**
     * One credit transfer: the amount in whole kronor to the recipient's account, identified end to
     * end by the payment's random reference, which is also the only remittance text.
     */
    public record Transfer(String reference, long amount, String creditorName, PainAccount account) {

        public Transfer {
            Objects.requireNonNull(account, "account");
            if (amount <= 0) {
                throw new IllegalArgumentException("A transfer pays a positive amount");
            }
        }

        public String remittanceText() {
            return reference;
        }
    }

    /** The file of a run: its payments grouped per unit, each unit paid from its debtor account on the run's date. */
    public static Pain001Document of(PaymentRun run, Map<UUID, PaymentRunDebtor> debtors, List<RunPayment> payments, ZoneId zone) {
        Map<UUID, List<Transfer>> perUnit = new LinkedHashMap<>();
        payments.stream().sorted(Comparator.comparing((RunPayment p) -> p.unitId().toString()).thenComparing(RunPayment::reference))
                .forEach(p -> perUnit.computeIfAbsent(p.unitId(), u -> new ArrayList<>())
                        .add(new Transfer(p.reference(), p.amount(), p.recipientName(), p.account())));
        List<Batch> batches = new ArrayList<>();
        int n = 1;
        for (Map.Entry<UUID, List<Transfer>> unit : perUnit.entrySet()) {
            PaymentRunDebtor debtor = debtors.get(unit.getKey());
            if (debtor == null) {
                throw new IllegalArgumentException("No debtor account for a unit of the run");
            }
            batches.add(new Batch(run.messageId() + "-" + n++, debtor, unit.getValue()));
        }
        Instant at = run.createdAt();
        return new Pain001Document(run.messageId(), LocalDateTime.ofInstant(at, zone).withNano(0), run.paymentDate(), batches);
    }

    public int numberOfTransactions() {
        return batches.stream().mapToInt(b -> b.transfers().size()).sum();
    }

    /** The group header's control sum: every transfer's amount added up. */
    public BigDecimal controlSum() {
        return sum(batches.stream().flatMap(b -> b.transfers().stream()));
    }

    /** Who initiates the file: the debtor of the first block (the municipality). */
    public PaymentRunDebtor initiatingParty() {
        return batches.getFirst().debtor();
    }

    public Stream<Transfer> transfers() {
        return batches.stream().flatMap(b -> b.transfers().stream());
    }

    /** Every text in the file that is not an account number, amount or date: what the policy checks. */
    public List<String> texts() {
        List<String> texts = new ArrayList<>(List.of(messageId));
        for (Batch b : batches) {
            texts.add(b.id());
            texts.add(b.debtor().name());
            for (Transfer t : b.transfers()) {
                texts.add(t.reference());
                texts.add(t.creditorName());
                texts.add(t.remittanceText());
            }
        }
        return texts;
    }

    /** Whole kronor as the file writes amounts: two decimals. */
    public static String amountText(BigDecimal kronor) {
        return kronor.setScale(2).toPlainString();
    }

    private static BigDecimal sum(Stream<Transfer> transfers) {
        return BigDecimal.valueOf(transfers.mapToLong(Transfer::amount).sum());
    }
}
