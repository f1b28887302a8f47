package se.ebba.payment.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * The municipality's account that pays a unit's payments (the debtor of the file), as dated data with
 * its source: the newest row valid on the payment date counts.
 *
 * @param name               the payer's name as the recipient's bank shows it: the municipality, never
 *                           the social services (checked by {@link PainRemittancePolicy})
 * @param organisationNumber the municipality's organisation number (not personal data)
 * @param bic                the BIC of the municipality's bank (the debtor agent)
 */
public record PaymentRunDebtor(UUID unitId, LocalDate validFrom, String name, String organisationNumber, PainAccount account,
                               String bic, String source) {

    public PaymentRunDebtor {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(account, "account");
        if (name == null || name.isBlank() || name.length() > 70) {
            throw new IllegalArgumentException("The debtor's name is 1–70 characters");
        }
        if (organisationNumber == null || !organisationNumber.matches("[0-9]{10}")) {
            throw new IllegalArgumentException("An organisation number is ten digits");
        }
        if (bic == null || !bic.matches("[A-Z]{6}[A-Z2-9][A-NP-Z0-9]([A-Z0-9]{3})?")) {
            throw new IllegalArgumentException("Not a BIC");
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("Dated data names its source");
        }
    }
}
