package se.ebba.payment.web;

import java.util.List;
import java.util.UUID;
import se.ebba.payment.PaymentChecks.Verification;
import se.ebba.payment.domain.PaymentId;
import se.ebba.shared.InvalidInputException;

/**
 * Attestera markerade: the payments the cashier ticked, or with "alla på sidan" every payment the
 * page showed that she may verify; each as {@code id:version}, the version she saw.
 */
record BulkVerifyForm(List<String> payment, List<String> shown, Boolean all) {

    static final String FIELD = "payments";

    List<Verification> verifications() {
        List<String> chosen = Boolean.TRUE.equals(all) ? shown : payment;
        if (chosen == null || chosen.isEmpty()) {
            throw new InvalidInputException(FIELD, "Markera minst en utbetalning att attestera.");
        }
        return chosen.stream().map(BulkVerifyForm::parse).toList();
    }

    private static Verification parse(String value) {
        int colon = value == null ? -1 : value.indexOf(':');
        try {
            return new Verification(new PaymentId(UUID.fromString(value.substring(0, colon))), Long.parseLong(value.substring(colon + 1)));
        } catch (RuntimeException e) {
            throw new InvalidInputException(FIELD, "Listan över utbetalningar gick inte att läsa. Ladda om sidan och försök igen.");
        }
    }
}
