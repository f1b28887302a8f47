/**
 * Payments (utbetalningar, PROCESS.md §5, RULES.md §7): the recipients' accounts on a case, the
 * payments a decision creates, the cashier's check (four eyes), and what the payment officer must act
 * on. The payment runs (the pain.001 file, settlement and returns) live here too; see docs/payments.md
 * and docs/payment-runs.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Payment")
package se.ebba.payment;
