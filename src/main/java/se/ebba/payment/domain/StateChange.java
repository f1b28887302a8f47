package se.ebba.payment.domain;

import java.time.Instant;
import java.util.UUID;

/** One transition of a payment: who, when and why (append-only; {@code from} is null when the payment was proposed). */
public record StateChange(UUID id, PaymentId paymentId, PaymentState from, PaymentState to, String reason, Actor by, Instant at) {
}
