package se.ebba.intake.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.ebba.casefile.domain.CaseId;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.InvalidInputException.FieldError;

/** A bank statement the applicant handed in: which account, and the period it covers. */
public record BankStatement(UUID id, CaseId caseId, String account, LocalDate from, LocalDate to, Recorded recorded) {

    public static final int MAX_ACCOUNT = 100;

    public static BankStatement record(CaseId caseId, String account, LocalDate from, LocalDate to, LocalDate today, Recorded by) {
        List<FieldError> errors = new ArrayList<>();
        String name = account == null ? "" : account.strip();
        if (name.isEmpty()) {
            errors.add(new FieldError("account", "Ange kontot, t.ex. bank och kontonummer."));
        } else if (name.length() > MAX_ACCOUNT) {
            errors.add(new FieldError("account", "Kontot får vara högst " + MAX_ACCOUNT + " tecken."));
        }
        if (from == null) {
            errors.add(new FieldError("from", "Ange första dagen som utdraget gäller."));
        }
        if (to == null) {
            errors.add(new FieldError("to", "Ange sista dagen som utdraget gäller."));
        } else if (to.isAfter(today)) {
            errors.add(new FieldError("to", "Ett kontoutdrag kan inte gälla framtida dagar."));
        } else if (from != null && to.isBefore(from)) {
            errors.add(new FieldError("to", "Sista dagen kan inte ligga före den första."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new BankStatement(UUID.randomUUID(), caseId, name, from, to, by);
    }
}
