package se.ebba.intake.domain;

import se.ebba.intake.ConsentScope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.ebba.casefile.domain.CaseId;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.InvalidInputException.FieldError;

/**
 * The applicant's consent to contact someone (samtycke): its scope, the counterpart named, the day it
 * was given and how long it holds. A withdrawal is recorded beside it and ends it from that day.
 */
public record Consent(ConsentId id, CaseId caseId, ConsentScope scope, String counterpart, LocalDate givenOn, LocalDate validUntil,
                      Recorded recorded, Withdrawal withdrawal) {

    public static final int MAX_COUNTERPART = 200;

    /** The withdrawal of a consent: from which day it no longer holds. */
    public record Withdrawal(LocalDate withdrawnOn, Recorded recorded) {
    }

    public static Consent give(CaseId caseId, ConsentScope scope, String counterpart, LocalDate givenOn, LocalDate validUntil,
                               LocalDate today, Recorded by) {
        List<FieldError> errors = new ArrayList<>();
        if (scope == null) {
            errors.add(new FieldError("scope", "Välj vad samtycket gäller."));
        }
        String text = counterpart == null ? "" : counterpart.strip();
        if (text.isEmpty()) {
            errors.add(new FieldError("counterpart", "Ange vem samtycket gäller kontakt med, t.ex. vårdcentralen eller arbetsgivaren."));
        } else if (text.length() > MAX_COUNTERPART) {
            errors.add(new FieldError("counterpart", "Högst " + MAX_COUNTERPART + " tecken."));
        }
        if (givenOn == null) {
            errors.add(new FieldError("givenOn", "Ange dagen då samtycket lämnades."));
        } else if (givenOn.isAfter(today)) {
            errors.add(new FieldError("givenOn", "Samtycket kan inte vara lämnat i framtiden."));
        } else if (validUntil != null && validUntil.isBefore(givenOn)) {
            errors.add(new FieldError("validUntil", "Samtycket kan inte sluta gälla innan det lämnades."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Consent(ConsentId.random(), caseId, scope, text, givenOn, validUntil, by, null);
    }

    public Optional<Withdrawal> withdrawn() {
        return Optional.ofNullable(withdrawal);
    }

    public Optional<LocalDate> until() {
        return Optional.ofNullable(validUntil);
    }

    /** Whether the consent holds on the day: given, not expired, not withdrawn on or before it. */
    public boolean validOn(LocalDate date) {
        return !date.isBefore(givenOn) && (validUntil == null || !date.isAfter(validUntil))
                && (withdrawal == null || date.isBefore(withdrawal.withdrawnOn()));
    }

    public boolean covers(ConsentScope wanted, LocalDate date) {
        return scope == wanted && validOn(date);
    }

    /** Records that the applicant withdrew the consent; it holds no longer from that day. */
    public Withdrawal withdraw(LocalDate on, LocalDate today, Recorded by) {
        if (withdrawal != null) {
            throw new InvalidInputException("withdrawnOn", "Samtycket är redan återkallat den " + withdrawal.withdrawnOn() + ".");
        }
        if (on == null) {
            throw new InvalidInputException("withdrawnOn", "Ange dagen då samtycket återkallades.");
        }
        if (on.isAfter(today)) {
            throw new InvalidInputException("withdrawnOn", "Datumet kan inte ligga i framtiden.");
        }
        if (on.isBefore(givenOn)) {
            throw new InvalidInputException("withdrawnOn", "Samtycket kan inte återkallas före dagen då det lämnades (" + givenOn + ").");
        }
        return new Withdrawal(on, by);
    }
}
