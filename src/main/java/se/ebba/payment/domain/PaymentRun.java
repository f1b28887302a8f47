package se.ebba.payment.domain;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A payment run (utbetalningskörning): the verified payments of the cashier's units due on or before
 * the payment date, collected once into one pain.001 file. A run is never changed; the payments it
 * took carry its id.
 *
 * @param messageId the file's message id: random, never personal data
 * @param total     whole kronor
 */
public record PaymentRun(PaymentRunId id, Set<UUID> unitIds, LocalDate paymentDate, String messageId, int payments, long total,
                         UUID createdBy, String createdByName, Instant createdAt) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    public PaymentRun {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(paymentDate, "paymentDate");
        unitIds = Set.copyOf(unitIds);
        if (unitIds.isEmpty() || payments <= 0 || total <= 0) {
            throw new IllegalArgumentException("A run pays at least one payment of at least one unit");
        }
        if (messageId == null || !messageId.matches("[A-Z0-9-]{8,35}")) {
            throw new IllegalArgumentException("A message id is 8–35 capitals, digits or hyphens");
        }
    }

    /** A new run of these payments (at least one: a run with nothing to pay is not made). */
    public static PaymentRun collect(PaymentRunId id, Set<UUID> unitIds, LocalDate paymentDate, List<RunPayment> taken, UUID by, String byName, Instant at) {
        if (taken.isEmpty()) {
            throw new IllegalArgumentException("A run takes at least one payment");
        }
        long total = taken.stream().mapToLong(RunPayment::amount).sum();
        return new PaymentRun(id, unitIds, paymentDate, "EBBA-" + randomText(20), taken.size(), total, by, byName, at);
    }

    /** The file's name for download: the date and the random message id, nothing about anyone. */
    public String fileName() {
        return "pain001-" + paymentDate + "-" + messageId + ".xml";
    }

    static String randomText(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return text.toString();
    }
}
