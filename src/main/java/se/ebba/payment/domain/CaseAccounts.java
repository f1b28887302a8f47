package se.ebba.payment.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The recipients' accounts registered on a case, and which of them are in force on a date. */
public record CaseAccounts(List<RegisteredAccount> rows) {

    public CaseAccounts {
        rows = List.copyOf(rows);
    }

    /** The row in force for the recipient on the date: the one with the latest date from, the latest registered among equals. */
    public Optional<RegisteredAccount> inForce(RecipientKind kind, LocalDate on) {
        return rows.stream().filter(r -> r.kind() == kind && !r.validFrom().isAfter(on))
                .max(Comparator.comparing(RegisteredAccount::validFrom).thenComparing(RegisteredAccount::at));
    }

    /** The recipient to pay on the date, if an account is registered (for the landlord: if rent is to be paid there). */
    public Optional<Recipient> recipient(RecipientKind kind, LocalDate on) {
        return inForce(kind, on).flatMap(RegisteredAccount::recipient);
    }

    /** Whether the instruction that rent is paid to the landlord is in force on the date. */
    public boolean rentToLandlord(LocalDate on) {
        return recipient(RecipientKind.LANDLORD, on).isPresent();
    }
}
