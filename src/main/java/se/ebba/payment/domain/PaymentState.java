package se.ebba.payment.domain;

import java.util.Set;

/** Where a payment is on its way (PROCESS.md §5), with the Swedish text shown. */
public enum PaymentState {
    PROPOSED("Föreslagen, väntar på attest"),
    VERIFIED("Attesterad"),
    EXPORTED("Skickad till banken"),
    SETTLED("Utbetald"),
    RETURNED("Returnerad av banken"),
    REJECTED("Avvisad av kassan"),
    CANCELLED("Makulerad");

    private final String text;

    PaymentState(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    /** The states this one may move to; a rejected or returned payment is never changed again but reissued as a new one. */
    public Set<PaymentState> next() {
        return switch (this) {
            case PROPOSED -> Set.of(VERIFIED, REJECTED, CANCELLED);
            case VERIFIED -> Set.of(EXPORTED, CANCELLED);
            case EXPORTED -> Set.of(SETTLED, RETURNED);
            case SETTLED, RETURNED, REJECTED, CANCELLED -> Set.of();
        };
    }

    /** Whether the money has left (or is leaving) through a payment file. */
    public boolean exported() {
        return this == EXPORTED || this == SETTLED;
    }

    /** Whether the payment officer must issue a new payment for it. */
    public boolean needsReissue() {
        return this == REJECTED || this == RETURNED;
    }
}
