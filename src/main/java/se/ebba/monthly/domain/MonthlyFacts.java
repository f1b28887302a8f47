package se.ebba.monthly.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import se.ebba.calculation.domain.CalculationInput;
import se.ebba.shared.InvalidInputException.FieldError;

/**
 * What a monthly application says: the month as applied for (household, costs, incomes per member
 * and type, other needs), the bank statements with their deposits, the checklist documents handed in
 * (by code) and a note.
 */
public record MonthlyFacts(CalculationInput input, List<Statement> statements, Set<String> documents, String note) {

    public static final int MAX_NOTE = 2000;

    public MonthlyFacts {
        statements = List.copyOf(statements);
        documents = Set.copyOf(new TreeSet<>(documents));
        note = note == null ? "" : note.strip();
    }

    /** A deposit with the account it was booked on. */
    public record AccountDeposit(String account, Deposit deposit) {
    }

    public List<AccountDeposit> unaccountedDeposits() {
        return statements.stream().flatMap(s -> s.deposits().stream().filter(d -> !d.accounted()).map(d -> new AccountDeposit(s.account(), d)))
                .toList();
    }

    public List<StatementPeriod> periods() {
        return statements.stream().map(s -> new StatementPeriod(s.account(), s.from(), s.to())).toList();
    }

    /**
     * Everything wrong with the statements, deposits and note, one Swedish message per field (the
     * calculation input is checked by the calculation's own rules).
     */
    public List<FieldError> errors(LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            Statement s = statements.get(i);
            String at = "statements[" + i + "].";
            String row = " (kontoutdrag " + (i + 1) + ")";
            String account = s.account() == null ? "" : s.account().strip();
            if (account.isEmpty()) {
                errors.add(new FieldError(at + "account", "Ange kontot, t.ex. bank och kontonummer" + row + "."));
            } else if (account.length() > Statement.MAX_ACCOUNT) {
                errors.add(new FieldError(at + "account", "Kontot får vara högst " + Statement.MAX_ACCOUNT + " tecken" + row + "."));
            }
            if (s.from() == null) {
                errors.add(new FieldError(at + "from", "Ange första dagen som utdraget gäller" + row + "."));
            }
            if (s.to() == null) {
                errors.add(new FieldError(at + "to", "Ange sista dagen som utdraget gäller" + row + "."));
            } else if (s.to().isAfter(today)) {
                errors.add(new FieldError(at + "to", "Ett kontoutdrag kan inte gälla framtida dagar" + row + "."));
            } else if (s.from() != null && s.to().isBefore(s.from())) {
                errors.add(new FieldError(at + "to", "Sista dagen kan inte ligga före den första" + row + "."));
            }
            for (int j = 0; j < s.deposits().size(); j++) {
                Deposit d = s.deposits().get(j);
                String dat = at + "deposits[" + j + "].";
                String drow = " (insättning " + (j + 1) + " på kontoutdrag " + (i + 1) + ")";
                if (d.bookedOn() == null) {
                    errors.add(new FieldError(dat + "bookedOn", "Ange dagen då insättningen bokades" + drow + "."));
                } else if (s.from() != null && s.to() != null && (d.bookedOn().isBefore(s.from()) || d.bookedOn().isAfter(s.to()))) {
                    errors.add(new FieldError(dat + "bookedOn", "Insättningen ska ligga inom utdragets period" + drow + "."));
                }
                if (d.amount() <= 0 || d.amount() > 10_000_000) {
                    errors.add(new FieldError(dat + "amount", "Skriv insättningens belopp i hela kronor, mer än 0" + drow + "."));
                }
                if (d.accountedBy().isPresent() && d.accountedBy().getAsInt() >= input.incomes().size()) {
                    errors.add(new FieldError(dat + "accountedBy", "Välj en av de angivna inkomsterna eller ingen" + drow + "."));
                }
            }
        }
        if (note.length() > MAX_NOTE) {
            errors.add(new FieldError("note", "Anteckningen får vara högst " + MAX_NOTE + " tecken."));
        }
        return errors;
    }
}
