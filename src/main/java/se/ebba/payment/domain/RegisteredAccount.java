package se.ebba.payment.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import se.ebba.casefile.domain.CaseId;
import se.ebba.shared.InvalidInputException;

/**
 * A recipient's account registered on a case, from a date, with the reason and who gave it. Never
 * changed: a new account, or the end of the instruction that rent is paid to the landlord, is a new
 * row. For the landlord, {@code rentToLandlord} is the instruction itself (false: rent is paid to
 * the applicant again, and the row carries no account).
 */
public record RegisteredAccount(UUID id, CaseId caseId, RecipientKind kind, String name, PaymentAccount account,
                                boolean rentToLandlord, LocalDate validFrom, String reason, Actor by, Instant at) {

    public static final int MAX_NAME = 140;

    public RegisteredAccount {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(validFrom, "validFrom");
        if (kind == RecipientKind.APPLICANT && (account == null || rentToLandlord)) {
            throw new IllegalArgumentException("The applicant's row is an account");
        }
        if (rentToLandlord && account == null) {
            throw new IllegalArgumentException("Rent is paid to the landlord's account");
        }
    }

    /** Checks the name and reason as typed (the account was checked when it was made). */
    public static RegisteredAccount register(CaseId caseId, RecipientKind kind, String name, PaymentAccount account, boolean rentToLandlord,
                                             LocalDate validFrom, String reason, Actor by, Instant at) {
        String n = name == null ? "" : name.strip();
        if (account != null && n.isEmpty()) {
            throw new InvalidInputException("name", kind == RecipientKind.LANDLORD ? "Ange hyresvärdens namn." : "Ange kontohavarens namn.");
        }
        if (n.length() > MAX_NAME) {
            throw new InvalidInputException("name", "Namnet får vara högst " + MAX_NAME + " tecken.");
        }
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty()) {
            throw new InvalidInputException("reason", "Ange skälet, t.ex. \"Sökandens nya konto enligt kontobevis\".");
        }
        if (r.length() > Payment.MAX_REASON) {
            throw new InvalidInputException("reason", "Skälet får vara högst " + Payment.MAX_REASON + " tecken.");
        }
        return new RegisteredAccount(UUID.randomUUID(), caseId, kind, n, account, rentToLandlord, validFrom, r, by, at);
    }

    /** The recipient to pay, when this row names an account to pay to. */
    public Optional<Recipient> recipient() {
        if (account == null || (kind == RecipientKind.LANDLORD && !rentToLandlord)) {
            return Optional.empty();
        }
        return Optional.of(new Recipient(kind, name, account));
    }
}
