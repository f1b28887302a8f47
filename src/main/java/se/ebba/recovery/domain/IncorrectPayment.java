package se.ebba.recovery.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.domain.UnitId;
import se.ebba.identity.domain.UserId;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.InvalidInputException.FieldError;

/**
 * An incorrect payment (felaktig utbetalning) as registered on a case: the benefit months, the
 * amount paid wrongly, the cause, how and by whom it was found, and what happened.
 *
 * @param paidOn the day the (first) wrong amount was paid: the claim's three years (33 kap. 5 §) run from it
 */
public record IncorrectPayment(IncorrectPaymentId id, CaseId caseId, UnitId unit, String caseNumber, YearMonth firstMonth, YearMonth lastMonth,
                               long amount, PaymentCause cause, DiscoveryMethod foundHow, String foundBy, LocalDate foundOn, LocalDate paidOn,
                               String description, UserId registeredBy, String registeredByName, Instant registeredAt) {

    /** The highest amount one registration can hold; larger sums are typing errors. */
    public static final long MAX_AMOUNT = 2_000_000;

    public IncorrectPayment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(registeredBy, "registeredBy");
    }

    /** What the registering user states. */
    public record Report(YearMonth firstMonth, YearMonth lastMonth, Long amount, PaymentCause cause, DiscoveryMethod foundHow, String foundBy,
                         LocalDate foundOn, LocalDate paidOn, String description) {
    }

    /** Registers the report on the case, or refuses it with one Swedish message per field. */
    public static IncorrectPayment register(IncorrectPaymentId id, CaseId caseId, UnitId unit, String caseNumber, Report r, UserId by, String byName, Instant at,
                                            LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (r.firstMonth() == null) {
            errors.add(new FieldError("firstMonth", "Ange den första månaden som betalades ut felaktigt."));
        }
        if (r.lastMonth() == null) {
            errors.add(new FieldError("lastMonth", "Ange den sista månaden som betalades ut felaktigt."));
        } else if (r.firstMonth() != null && r.lastMonth().isBefore(r.firstMonth())) {
            errors.add(new FieldError("lastMonth", "Sista månaden kan inte ligga före den första."));
        }
        if (r.amount() == null || r.amount() <= 0 || r.amount() > MAX_AMOUNT) {
            errors.add(new FieldError("amount", "Ange beloppet som betalades ut felaktigt, i hela kronor (högst 2 000 000)."));
        }
        if (r.cause() == null) {
            errors.add(new FieldError("cause", "Välj orsaken: enhetens fel eller sökandens felaktiga eller utelämnade uppgifter."));
        }
        if (r.foundHow() == null) {
            errors.add(new FieldError("foundHow", "Välj hur den felaktiga utbetalningen upptäcktes."));
        }
        if (r.foundBy() == null || r.foundBy().isBlank() || r.foundBy().strip().length() > 200) {
            errors.add(new FieldError("foundBy", "Ange vem som upptäckte den felaktiga utbetalningen (högst 200 tecken)."));
        }
        if (r.paidOn() == null || r.paidOn().isAfter(today)) {
            errors.add(new FieldError("paidOn", "Ange dagen då det felaktiga beloppet betalades ut (i dag eller tidigare)."));
        }
        if (r.foundOn() == null || r.foundOn().isAfter(today)) {
            errors.add(new FieldError("foundOn", "Ange dagen då den felaktiga utbetalningen upptäcktes (i dag eller tidigare)."));
        } else if (r.paidOn() != null && r.foundOn().isBefore(r.paidOn())) {
            errors.add(new FieldError("foundOn", "Utbetalningen kan inte ha upptäckts innan den gjordes."));
        }
        if (r.description() == null || r.description().isBlank() || r.description().length() > 4000) {
            errors.add(new FieldError("description", "Beskriv vad som hände (högst 4 000 tecken)."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new IncorrectPayment(id, caseId, unit, caseNumber, r.firstMonth(), r.lastMonth(), r.amount(), r.cause(),
                r.foundHow(), r.foundBy().strip(), r.foundOn(), r.paidOn(), r.description().strip(), by, byName, at);
    }

    /** The last day a claim not paid voluntarily can be brought to court: three years from the payment (33 kap. 5 §). */
    public LocalDate courtDeadline() {
        return paidOn.plusYears(3);
    }

    public boolean covers(YearMonth month) {
        return !month.isBefore(firstMonth) && !month.isAfter(lastMonth);
    }
}
