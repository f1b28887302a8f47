package se.ebba.payment.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A payment as a run sees it: what the file needs (amount, recipient, account, the random reference)
 * and where it belongs (case, unit), with its state and version.
 *
 * @param amount whole kronor
 */
public record RunPayment(UUID id, UUID caseId, UUID unitId, long amount, String recipientName, PainAccount account,
                         String reference, LocalDate paymentDate, String state, long version) {

    public RunPayment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(account, "account");
        if (amount <= 0) {
            throw new IllegalArgumentException("A payment pays a positive amount");
        }
    }

    public boolean exported() {
        return "EXPORTED".equals(state);
    }
}
